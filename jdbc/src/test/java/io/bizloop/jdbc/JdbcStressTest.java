package io.bizloop.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.loop.CompanySettings;
import io.bizloop.loop.LoopStress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop module's stress workload ({@link LoopStress}: 8 threads of mixed commands on two hot
 * skus, half of the shipments in a closed period, every invariant after each round, no exception)
 * on the JDBC store: H2 always, PostgreSQL when BIZLOOP_PG_URL is set. Fewer rounds than in memory:
 * each command is a database transaction.
 */
class JdbcStressTest {

  @Test
  void mixedWritersOnH2KeepEveryInvariantAndThrowNothing(@TempDir Path folder) throws Exception {
    try (HikariDataSource pool = TestDatabases.h2(folder, "stress")) {
      JdbcLoopStore store = JdbcLoopStore.open(pool, CompanySettings.chinaDefaults());
      LoopStress.run(store.bizloop(), Math.max(2, LoopStress.rounds(30) / 10), 15);
    }
  }

  @Test
  void mixedWritersOnPostgresKeepEveryInvariantAndThrowNothing() throws Exception {
    assumeTrue(TestDatabases.postgresUrl().isPresent(), "BIZLOOP_PG_URL is not set");
    try (HikariDataSource pool = TestDatabases.postgres("stress", 12)) {
      JdbcLoopStore store = JdbcLoopStore.open(pool, CompanySettings.chinaDefaults());
      LoopStress.run(store.bizloop(), Math.max(2, LoopStress.rounds(30) / 10), 15);
    }
  }
}
