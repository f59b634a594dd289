package io.bizloop.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two separate JVMs, 4 threads each, reserving one unit at a time of one hot sku on the same
 * PostgreSQL database, with less stock than they ask for in total: no oversell, and what is
 * reserved is exactly what the two processes were told they reserved. Runs when BIZLOOP_PG_URL is
 * set.
 */
class PostgresTwoJvmTest {

  private static final int ON_HAND = 100;
  private static final int JVMS = 2;
  private static final int THREADS = 4;
  private static final int ATTEMPTS = 40;
  private static final Pattern COUNTS =
      Pattern.compile("accepted=(\\d+) insufficient=(\\d+) conflicts=(\\d+) other=(\\d+)");

  @BeforeAll
  static void needsPostgres() {
    assumeTrue(TestDatabases.postgresUrl().isPresent(), "BIZLOOP_PG_URL is not set");
  }

  @Test
  void twoJvmsReservingOneHotSkuNeverOversell(@TempDir Path logs) throws Exception {
    try (HikariDataSource db = TestDatabases.postgres("two_jvms", 4)) {
      // given: schema and 100 on hand, set up here; 2 JVMs × 4 threads × 40 reservations of 1 asked
      JdbcLoopStore store = JdbcLoopStore.open(db, CompanySettings.chinaDefaults());
      Bizloop loop = store.bizloop();
      Fixtures.stock(loop, ON_HAND);

      // when
      List<Process> processes = new ArrayList<>();
      for (int j = 0; j < JVMS; j++) {
        processes.add(reserver(db.getJdbcUrl(), "jvm" + j, logs));
      }
      int accepted = 0;
      int insufficient = 0;
      int conflicts = 0;
      for (int j = 0; j < JVMS; j++) {
        Process process = processes.get(j);
        boolean ended = process.waitFor(180, TimeUnit.SECONDS);
        if (!ended) {
          processes.forEach(Process::destroyForcibly);
        }
        String out = Files.readString(logs.resolve("jvm" + j + ".out"), StandardCharsets.UTF_8);
        String err = Files.readString(logs.resolve("jvm" + j + ".err"), StandardCharsets.UTF_8);
        assertThat(ended).as("jvm%d ended in time; stderr:%n%s", j, err).isTrue();
        assertThat(process.exitValue()).as("jvm%d exit status; stderr:%n%s", j, err).isZero();
        Matcher counts = COUNTS.matcher(out);
        assertThat(counts.find()).as("jvm%d reported its counts; stdout: %s%nstderr:%n%s", j, out, err).isTrue();
        assertThat(Integer.parseInt(counts.group(4)))
            .as("jvm%d refusals other than INSUFFICIENT_STOCK or CONFLICT; stderr:%n%s", j, err).isZero();
        int jvmAccepted = Integer.parseInt(counts.group(1));
        int jvmInsufficient = Integer.parseInt(counts.group(2));
        int jvmConflicts = Integer.parseInt(counts.group(3));
        assertThat(jvmAccepted + jvmInsufficient + jvmConflicts).isEqualTo(THREADS * ATTEMPTS);
        accepted += jvmAccepted;
        insufficient += jvmInsufficient;
        conflicts += jvmConflicts;
      }

      System.out.printf("two JVMs × %d threads × %d attempts on %d on hand: accepted %d, insufficient %d, conflicts %d%n",
          THREADS, ATTEMPTS, ON_HAND, accepted, insufficient, conflicts);

      // then
      StockItem item = new JdbcStockItems(store.unitOfWork()).find(new StockKey(Fixtures.HOT, Fixtures.WH)).orElseThrow();
      long reserved = queryLong(db, "SELECT reserved FROM bizloop_stock_item");
      long onHand = queryLong(db, "SELECT on_hand FROM bizloop_stock_item");
      assertThat(onHand).isEqualTo(ON_HAND);
      assertThat(reserved).as("no oversell").isLessThanOrEqualTo(onHand);
      assertThat(reserved).as("reserved = Σ reservations both JVMs were told succeeded").isEqualTo(accepted);
      assertThat(item.reserved().value()).isEqualByComparingTo(BigDecimal.valueOf(accepted));
      assertThat(item.holds()).hasSize(accepted);
      assertThat(insufficient).as("more was asked than there was").isPositive();
      assertThat(accepted).as("all stock reserved unless a writer gave up after its retries (%d conflicts)", conflicts)
          .isEqualTo(conflicts == 0 ? ON_HAND : accepted);
      assertThat(loop.accounting().totals().balances()).isTrue();
    }
  }

  private static Process reserver(String url, String name, Path logs) throws IOException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = List.of(java.toString(), "-Xmx256m", "-cp", classpath,
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", HotSkuReserver.class.getName(), url, name,
        String.valueOf(THREADS), String.valueOf(ATTEMPTS));
    return new ProcessBuilder(command)
        .redirectOutput(logs.resolve(name + ".out").toFile())
        .redirectError(logs.resolve(name + ".err").toFile())
        .start();
  }

  private static long queryLong(HikariDataSource db, String sql) throws Exception {
    try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getBigDecimal(1).longValueExact();
    }
  }
}
