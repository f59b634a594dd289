package io.bizloop.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.BeforeAll;

/** The host-transaction contract on PostgreSQL, a new schema per test; runs when BIZLOOP_PG_URL is set. */
class PostgresHostTransactionTest extends HostTransactionContract {

  @BeforeAll
  static void needsPostgres() {
    assumeTrue(TestDatabases.postgresUrl().isPresent(), "BIZLOOP_PG_URL is not set");
  }

  @Override
  HikariDataSource newDatabase(String name) {
    return TestDatabases.postgres(name, 4);
  }
}
