package io.bizloop.jdbc;

import static io.bizloop.jdbc.Fixtures.capital;
import static io.bizloop.jdbc.Fixtures.expectAccepted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.accounting.application.JournalEntryView;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.inventory.application.StockRow;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several writers on one PostgreSQL database, each with its own connection: no oversell on a hot
 * sku, no lost or doubled journal entry, and a connection killed in the middle of a command
 * leaves nothing behind. Runs when BIZLOOP_PG_URL is set.
 */
class PostgresConcurrencyTest {

  private static final int THREADS = 8;

  private HikariDataSource db;
  private JdbcLoopStore store;
  private Bizloop loop;

  @BeforeAll
  static void needsPostgres() {
    assumeTrue(TestDatabases.postgresUrl().isPresent(), "BIZLOOP_PG_URL is not set");
  }

  @BeforeEach
  void openLoop() {
    db = TestDatabases.postgres("concurrency", THREADS + 4);
    store = JdbcLoopStore.open(db, CompanySettings.chinaDefaults());
    loop = store.bizloop();
  }

  @AfterEach
  void closeDatabase() {
    db.close();
  }

  @Test
  void eightThreadsReservingOneHotSkuNeverOversell() throws Exception {
    // given: 100 on hand, 8 × 20 reservations of 1 asked
    Fixtures.stock(loop, 100);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger insufficient = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    ConcurrentLinkedQueue<String> other = new ConcurrentLinkedQueue<>();

    // when
    inParallel(thread -> {
      for (int i = 0; i < 20; i++) {
        Outcome<?> outcome = Fixtures.reserve(loop, "t" + thread + "-" + i, 1);
        if (outcome.isAccepted()) {
          accepted.incrementAndGet();
        } else if (outcome.rejection().code() == RejectionCode.INSUFFICIENT_STOCK) {
          insufficient.incrementAndGet();
        } else if (outcome.rejection().code() == RejectionCode.CONFLICT) {
          conflicts.incrementAndGet();
        } else {
          other.add(outcome.rejection().toString());
        }
      }
    });

    // then
    StockRow row = loop.inventory().stock().get(0);
    StockItem item = new JdbcStockItems(store.unitOfWork()).find(new StockKey(Fixtures.HOT, Fixtures.WH)).orElseThrow();
    assertThat(other).isEmpty();
    assertThat(accepted.get() + insufficient.get() + conflicts.get()).isEqualTo(THREADS * 20);
    assertThat(row.reserved().value()).isEqualByComparingTo(BigDecimal.valueOf(accepted.get()));
    assertThat(row.reserved().value()).isLessThanOrEqualTo(row.onHand().value());
    assertThat(item.holds()).hasSize(accepted.get());
    assertThat(accepted.get()).as("all stock reserved unless a writer gave up after its retries")
        .isEqualTo(conflicts.get() == 0 ? 100 : accepted.get());
    assertThat(queryLong("SELECT reserved FROM bizloop_stock_item")).isEqualTo(accepted.get());
    assertThat(loop.accounting().totals().balances()).isTrue();
  }

  @Test
  void eightThreadsPostingToTheSameAccountsLoseAndDoubleNothing() throws Exception {
    // given
    int perThread = 40;

    // when
    inParallel(thread -> {
      for (int i = 0; i < perThread; i++) {
        expectAccepted(capital(loop, "1.00"));
      }
    });

    // then
    List<JournalEntryView> journal = loop.accounting().journal();
    int total = THREADS * perThread;
    assertThat(journal).hasSize(total);
    assertThat(journal).extracting(JournalEntryView::number)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
    assertThat(loop.accounting().totals().balances()).isTrue();
    assertThat(loop.accounting().balance(new AccountCode("1002"))).isEqualTo(Money.ofMinor(total * 100L, cny()));
    assertThat(loop.accounting().balance(new AccountCode("3001"))).isEqualTo(Money.ofMinor(-total * 100L, cny()));
    Map<String, Long> fromLines = new HashMap<>();
    try (Connection c = db.getConnection();
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT account, SUM(debit_minor - credit_minor) FROM bizloop_journal_line GROUP BY account")) {
      while (rs.next()) {
        fromLines.put(rs.getString(1), rs.getLong(2));
      }
    }
    assertThat(fromLines).containsEntry("1002", total * 100L).containsEntry("3001", -total * 100L);
  }

  @Test
  void aConnectionKilledInTheMiddleOfACommandLeavesNoPartialState() throws Exception {
    // given
    Fixtures.stock(loop, 10);
    long entries = loop.accounting().journal().size();
    BigDecimal reservedBefore = loop.inventory().stock().get(0).reserved().value();
    JdbcUnitOfWork unitOfWork = store.unitOfWork();

    // when: a command that has posted and reserved loses its connection before it ends
    assertThatThrownBy(() -> unitOfWork.execute(() -> {
      expectAccepted(capital(loop, "5.00"));
      expectAccepted(Fixtures.reserve(loop, "doomed", 3));
      int pid = unitOfWork.withConnection(c -> {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
          rs.next();
          return rs.getInt(1);
        }
      });
      terminate(pid);
      return capital(loop, "6.00");
    })).isInstanceOf(JdbcException.class);

    // then
    assertThat(loop.accounting().journal()).hasSize((int) entries);
    assertThat(loop.inventory().stock().get(0).reserved().value()).isEqualByComparingTo(reservedBefore);
    assertThat(queryLong("SELECT COUNT(*) FROM bizloop_journal_entry WHERE snapshot LIKE '%capital%'")).isZero();
    expectAccepted(capital(loop, "7.00"));
    assertThat(loop.accounting().journal()).extracting(JournalEntryView::number).last().isEqualTo(entries + 1);
    assertThat(loop.invariantViolations()).isEmpty();
  }

  private void terminate(int pid) {
    try (Connection other = db.getConnection();
        PreparedStatement kill = other.prepareStatement("SELECT pg_terminate_backend(?)")) {
      kill.setInt(1, pid);
      try (ResultSet rs = kill.executeQuery()) {
        rs.next();
        assertThat(rs.getBoolean(1)).isTrue();
      }
    } catch (java.sql.SQLException e) {
      throw new AssertionError(e);
    }
  }

  private long queryLong(String sql) throws Exception {
    try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getBigDecimal(1).longValueExact();
    }
  }

  private static java.util.Currency cny() {
    return java.util.Currency.getInstance("CNY");
  }

  @FunctionalInterface
  interface Worker {
    void run(int thread) throws Exception;
  }

  private static void inParallel(Worker worker) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Void> task = () -> {
          start.await();
          worker.run(thread);
          return null;
        };
        done.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Void> f : done) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
