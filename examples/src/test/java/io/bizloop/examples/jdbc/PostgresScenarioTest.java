package io.bizloop.examples.jdbc;

import io.bizloop.jdbc.TestDatabases;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The sample scenarios over PostgreSQL, each in a new schema; runs when BIZLOOP_PG_URL is set. */
class PostgresScenarioTest extends ScenarioContract {

  @BeforeAll
  static void needsPostgres() {
    assumeTrue(TestDatabases.postgresUrl().isPresent(), "BIZLOOP_PG_URL is not set");
  }

  @Override
  HikariDataSource newDatabase(String name) {
    return TestDatabases.postgres(name, 10);
  }
}
