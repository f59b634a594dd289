package io.bizloop.kafka;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh databases for the tests: an H2 file in a folder, or a new schema of the PostgreSQL at BIZLOOP_PG_URL. */
final class Databases {

  private static final AtomicInteger SCHEMAS = new AtomicInteger();

  private Databases() {}

  static Optional<String> postgresUrl() {
    String url = System.getProperty("BIZLOOP_PG_URL");
    if (url == null || url.isBlank()) {
      url = System.getenv("BIZLOOP_PG_URL");
    }
    return url == null || url.isBlank() ? Optional.empty() : Optional.of(url);
  }

  static HikariDataSource h2(Path folder, String name) {
    return pool("jdbc:h2:file:" + folder.resolve(name).toAbsolutePath(), 10);
  }

  /** A pool on a new, empty schema of the test PostgreSQL. */
  static HikariDataSource postgres(String name) {
    String url = postgresUrl().orElseThrow();
    String schema = ("k_" + name + "_" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet())
        .toLowerCase().replaceAll("[^a-z0-9_]", "_");
    try (Connection admin = DriverManager.getConnection(url); Statement statement = admin.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      statement.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + " on " + url, e);
    }
    return pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, 10);
  }

  /** A second pool on the same database as {@code first} (another "JVM"'s pool). */
  static HikariDataSource another(HikariDataSource first) {
    return pool(first.getJdbcUrl(), 5);
  }

  static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }
}
