package io.bizloop.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty databases for tests: an H2 file in a folder, or a new schema of the PostgreSQL at
 * BIZLOOP_PG_URL. In jdbc's test-jar, for the tests of examples and kafka too.
 */
public final class TestDatabases {

  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private TestDatabases() {}

  /** The PostgreSQL URL the tests may use (system property or environment variable BIZLOOP_PG_URL). */
  public static Optional<String> postgresUrl() {
    String url = System.getProperty("BIZLOOP_PG_URL");
    if (url == null || url.isBlank()) {
      url = System.getenv("BIZLOOP_PG_URL");
    }
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
  }

  public static HikariDataSource h2(Path folder, String name) {
    return pool("jdbc:h2:file:" + folder.resolve(name).toAbsolutePath(), 10);
  }

  /** A pool on a new, empty schema of the test PostgreSQL. */
  public static HikariDataSource postgres(String name, int size) {
    String url = postgresUrl().orElseThrow();
    String schema = ("t_" + name + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet())
        .toLowerCase().replaceAll("[^a-z0-9_]", "_");
    try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + " on " + url, e);
    }
    return pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, size);
  }

  public static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }
}
