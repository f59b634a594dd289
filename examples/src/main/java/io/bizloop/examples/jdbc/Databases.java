package io.bizloop.examples.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;

/**
 * Opens a pooled {@link javax.sql.DataSource} from what a user types after {@code --db}:
 * {@code h2:PATH} (an embedded H2 file database at PATH, created when missing), a
 * {@code jdbc:h2:...} URL or a {@code jdbc:postgresql://...} URL (user and password as URL
 * parameters or in {@code PGUSER}/{@code PGPASSWORD}). The URL is used as given: bizloop-jdbc
 * runs on H2 in any mode.
 */
public final class Databases {

  static {
    // the pool announces every start and stop at info; a replay's stderr needs none of that
    if (System.getProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    }
  }

  private Databases() {}

  /** The JDBC URL that {@code spec} names. */
  public static String jdbcUrl(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("no database given");
    }
    if (spec.startsWith("h2:")) {
      String path = spec.substring("h2:".length());
      if (path.isBlank()) {
        throw new IllegalArgumentException("h2: needs a path, e.g. h2:./books");
      }
      return "jdbc:h2:file:" + Path.of(path).toAbsolutePath();
    }
    if (spec.startsWith("jdbc:h2:")) {
      return spec;
    }
    if (spec.startsWith("jdbc:postgresql:")) {
      return spec;
    }
    throw new IllegalArgumentException("unknown database '" + spec + "': use h2:PATH or jdbc:postgresql://HOST:PORT/DB");
  }

  /** A pool over the database {@code spec} names, with {@code size} connections at most. */
  public static HikariDataSource open(String spec, int size) {
    String url = jdbcUrl(spec);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName("bizloop");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    config.setAutoCommit(true);
    if (url.startsWith("jdbc:postgresql:")) {
      if (!url.contains("user=") && System.getenv("PGUSER") != null) {
        config.setUsername(System.getenv("PGUSER"));
      }
      if (!url.contains("password=") && System.getenv("PGPASSWORD") != null) {
        config.setPassword(System.getenv("PGPASSWORD"));
      }
    }
    return new HikariDataSource(config);
  }
}
