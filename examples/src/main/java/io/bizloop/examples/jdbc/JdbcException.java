package io.bizloop.examples.jdbc;

import java.sql.SQLException;

/** A database failure, unchecked, with the SQLSTATE of its cause. */
public final class JdbcException extends RuntimeException {

  private final String sqlState;

  public JdbcException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage(), cause);
    this.sqlState = cause.getSQLState();
  }

  /** The SQLSTATE, or null when the driver gave none. */
  public String sqlState() {
    return sqlState;
  }

  /** A deadlock or serialization failure: the transaction may simply be run again. */
  public boolean isTransient() {
    return "40001".equals(sqlState) || "40P01".equals(sqlState);
  }
}
