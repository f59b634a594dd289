package io.bizloop.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The kill -9 test on PostgreSQL, each database a fresh schema. Runs when BIZLOOP_PG_URL is set. */
class PostgresCrashRecoveryTest extends CrashRecoveryContract {

  @BeforeAll
  static void needsPostgres() {
    assumeTrue(TestDatabases.postgresUrl().isPresent(), "BIZLOOP_PG_URL is not set");
  }

  @Override
  String newDatabaseUrl(String name) {
    try (HikariDataSource db = TestDatabases.postgres("crash_" + name, 1)) {
      return db.getJdbcUrl();
    }
  }

  @Override
  boolean commitSurvivesKill() {
    return true;
  }
}
