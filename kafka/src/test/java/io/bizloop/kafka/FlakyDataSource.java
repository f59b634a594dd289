package io.bizloop.kafka;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A data source that refuses connections while {@link #down} is set, as a database that went away. */
final class FlakyDataSource implements DataSource {

  private final DataSource database;
  volatile boolean down;

  FlakyDataSource(DataSource database) {
    this.database = database;
  }

  @Override
  public Connection getConnection() throws SQLException {
    if (down) {
      throw new SQLException("the database is down (test)", "08001");
    }
    return database.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    if (down) {
      throw new SQLException("the database is down (test)", "08001");
    }
    return database.getConnection(username, password);
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return database.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    database.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    database.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return database.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return database.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return database.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return database.isWrapperFor(type);
  }
}
