package io.bizloop.jdbc;

import static io.bizloop.jdbc.Fixtures.DAY;
import static io.bizloop.jdbc.Fixtures.SUPPLIER;
import static io.bizloop.jdbc.Fixtures.WH;
import static io.bizloop.jdbc.Fixtures.expectAccepted;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of the JDBC adapter on PostgreSQL: journal postings and stock reservations per
 * second, by one writer and by eight (on their own rows, and on one hot row). Not a test: run it
 * with the PostgreSQL URL as argument or in BIZLOOP_PG_URL (see BENCHMARKS.md).
 */
public final class PostgresBenchmark {

  private static final int THREADS = 8;

  private PostgresBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0) {
      System.setProperty("BIZLOOP_PG_URL", args[0]);
    }
    int ops = Integer.getInteger("ops", 4000);
    System.out.printf("%-52s %10s %10s %8s%n", "case", "ops", "ops/s", "refused");
    run("postings, 1 writer", 1, ops, PostgresBenchmark::post);
    runBatched("postings, batch API (100 per batch), 1 writer", ops, 100);
    run("postings, 8 writers, same accounts (hot rows)", THREADS, ops, PostgresBenchmark::post);
    run("reservations, 1 writer", 1, ops, (loop, thread, i) -> reserve(loop, sku(thread), "r" + thread));
    run("reservations, 8 writers, one sku each", THREADS, ops, (loop, thread, i) -> reserve(loop, sku(thread), "r" + thread));
    run("reservations, 8 writers, one hot sku", THREADS, ops, (loop, thread, i) -> reserve(loop, sku(0), "r" + thread));
  }

  @FunctionalInterface
  interface Operation {
    Outcome<?> run(Bizloop loop, int thread, int i);
  }

  private static Outcome<?> post(Bizloop loop, int thread, int i) {
    return Fixtures.capital(loop, "1.00");
  }

  private static Outcome<?> reserve(Bizloop loop, Sku sku, String id) {
    return Fixtures.reserve(loop, sku, id, 1);
  }

  private static Sku sku(int thread) {
    return new Sku("SKU-" + thread);
  }

  private static void run(String name, int threads, int ops, Operation operation) throws Exception {
    try (HikariDataSource db = TestDatabases.postgres("bench", threads + 2)) {
      Bizloop loop = JdbcLoopStore.open(db, CompanySettings.chinaDefaults()).bizloop();
      setUp(loop);
      int warmUp = Integer.getInteger("warmUp", 2000);
      measure(loop, threads, warmUp, operation);
      long start = System.nanoTime();
      int refused = measure(loop, threads, ops, operation);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%-52s %10d %10.0f %8d%n", name, ops, (ops - refused) / seconds, refused);
    }
  }

  /** Postings through {@link Bizloop#batch}: {@code size} per transaction, one writer. */
  private static void runBatched(String name, int ops, int size) throws Exception {
    try (HikariDataSource db = TestDatabases.postgres("bench", 3)) {
      Bizloop loop = JdbcLoopStore.open(db, CompanySettings.chinaDefaults()).bizloop();
      setUp(loop);
      List<java.util.function.Supplier<Outcome<?>>> batch = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        batch.add(() -> post(loop, 0, 0));
      }
      int warmUp = Integer.getInteger("warmUp", 2000);
      for (int done = 0; done < warmUp; done += size) {
        loop.batch(batch);
      }
      long start = System.nanoTime();
      int refused = 0;
      for (int done = 0; done < ops; done += size) {
        refused += (int) loop.batch(batch).stream().filter(Outcome::isRejected).count();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%-52s %10d %10.0f %8d%n", name, ops, (ops - refused) / seconds, refused);
    }
  }

  private static void setUp(Bizloop loop) {
    expectAccepted(loop.inventory().registerWarehouse(new RegisterWarehouse.Command(WH, "main", DAY)));
    expectAccepted(loop.inventory().registerSupplier(new RegisterSupplier.Command(SUPPLIER, "supplier", DAY)));
    for (int t = 0; t < THREADS; t++) {
      expectAccepted(loop.inventory().registerProduct(RegisterProduct.Command.of(sku(t), "item " + t, DAY)));
      expectAccepted(loop.inventory().receivePurchase(
          ReceivePurchase.Command.from(SUPPLIER, WH, DAY).line(sku(t), new BigDecimal("10000000"), BigDecimal.ONE)));
    }
  }

  /** Runs {@code ops} operations spread over {@code threads}; answers how many were refused. */
  private static int measure(Bizloop loop, int threads, int ops, Operation operation) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    AtomicInteger refused = new AtomicInteger();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        int share = ops / threads + (t < ops % threads ? 1 : 0);
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < share; i++) {
            if (operation.run(loop, thread, i).isRejected()) {
              refused.incrementAndGet();
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    return refused.get();
  }
}
