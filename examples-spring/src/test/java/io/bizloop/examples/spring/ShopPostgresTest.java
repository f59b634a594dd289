package io.bizloop.examples.spring;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shop on PostgreSQL, in a fresh schema of the database at {@code BIZLOOP_PG_URL}
 * (environment variable or system property, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}); skipped when it is not set.
 */
@EnabledIf("postgresConfigured")
class ShopPostgresTest extends ShopContract {

  private static final String SCHEMA = "shop_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();

  static boolean postgresConfigured() {
    return url() != null;
  }

  private static String url() {
    String url = System.getProperty("BIZLOOP_PG_URL");
    if (url == null || url.isBlank()) {
      url = System.getenv("BIZLOOP_PG_URL");
    }
    return url == null || url.isBlank() ? null : url;
  }

  @DynamicPropertySource
  static void freshSchema(DynamicPropertyRegistry registry) throws SQLException {
    String url = url();
    execute(url, "CREATE SCHEMA " + SCHEMA);
    registry.add("spring.datasource.url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    execute(url(), "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
