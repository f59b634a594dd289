package io.bizloop.examples.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tiny migrator: runs the classpath scripts {@code db/migration/V<n>__<description>.sql} listed
 * in {@code db/migration/index.txt} that the database has not seen yet, in version order, each in
 * its own transaction, and records them in {@code schema_version}. Instances that start at the
 * same time serialise on a lock row of {@code schema_version} (version 0), so a script runs once.
 *
 * <p>Flyway would do the same; it is not used because its PostgreSQL support is a separate module
 * and it brings its own Jackson and commons-text into the examples' converged dependency tree,
 * for five statements' worth of work.
 */
public final class Migrations {

  private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);
  private static final String FOLDER = "db/migration/";
  private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

  /** One script. */
  record Script(int version, String description, String resource) {}

  private Migrations() {}

  /** Brings the schema of {@code dataSource} up to date; answers the version it is at. */
  public static int migrate(DataSource dataSource) {
    List<Script> scripts = scripts();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, description VARCHAR(200) NOT NULL,"
                + " installed_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL)");
        statement.execute(
            "INSERT INTO schema_version (version, description) VALUES (0, '<< lock >>') ON CONFLICT DO NOTHING");
      }
      connection.setAutoCommit(false);
      try {
        int current = lockAndReadVersion(connection);
        for (Script script : scripts) {
          if (script.version() <= current) {
            continue;
          }
          LOG.info("migrating the schema to version {}: {}", script.version(), script.description());
          try (Statement statement = connection.createStatement()) {
            for (String sql : statements(read(script.resource()))) {
              statement.execute(sql);
            }
          }
          try (PreparedStatement insert =
              connection.prepareStatement("INSERT INTO schema_version (version, description) VALUES (?, ?)")) {
            insert.setInt(1, script.version());
            insert.setString(2, script.description());
            insert.executeUpdate();
          }
          connection.commit();
          current = lockAndReadVersion(connection);
        }
        connection.commit();
        return current;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new JdbcException("migrating the schema failed", e);
    }
  }

  private static int lockAndReadVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT version FROM schema_version WHERE version = 0 FOR UPDATE").close();
      try (ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  static List<Script> scripts() {
    List<Script> scripts = new ArrayList<>();
    for (String line : read(FOLDER + "index.txt").split("\\R")) {
      String name = line.strip();
      if (name.isEmpty() || name.startsWith("#")) {
        continue;
      }
      Matcher m = NAME.matcher(name);
      if (!m.matches()) {
        throw new IllegalStateException("not a migration script name: " + name);
      }
      scripts.add(new Script(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), FOLDER + name));
    }
    scripts.sort((a, b) -> Integer.compare(a.version(), b.version()));
    return scripts;
  }

  /** The statements of a script: ';' ends a statement at the end of a line; '--' starts a comment. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\\R")) {
      int comment = line.indexOf("--");
      String code = (comment >= 0 ? line.substring(0, comment) : line).strip();
      if (code.isEmpty()) {
        continue;
      }
      if (code.endsWith(";")) {
        current.append(code, 0, code.length() - 1);
        statements.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(code).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().strip());
    }
    return statements;
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + resource, e);
    }
  }
}
