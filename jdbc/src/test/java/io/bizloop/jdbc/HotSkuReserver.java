package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.loop.CompanySettings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The second JVM of {@link PostgresTwoJvmTest}: {@code THREADS} threads each try {@code ATTEMPTS}
 * reservations of one unit of {@link Fixtures#HOT} on the database {@code URL} (schema and stock
 * already set up), then print {@code accepted=A insufficient=I conflicts=C other=O} on stdout.
 *
 * <p>Arguments: {@code URL NAME THREADS ATTEMPTS}.
 */
public final class HotSkuReserver {

  private HotSkuReserver() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String name = args[1];
    int threads = Integer.parseInt(args[2]);
    int attempts = Integer.parseInt(args[3]);
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger insufficient = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    ConcurrentLinkedQueue<String> other = new ConcurrentLinkedQueue<>();
    try (com.zaxxer.hikari.HikariDataSource pool = TestDatabases.pool(url, threads + 2)) {
      JdbcLoopStore store = JdbcLoopStore.open(pool, CompanySettings.chinaDefaults());
      io.bizloop.loop.Bizloop loop = store.bizloop();
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Thread worker = new Thread(() -> {
          try {
            start.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
          for (int i = 0; i < attempts; i++) {
            try {
              Outcome<?> outcome = Fixtures.reserve(loop, name + "-" + thread + "-" + i, 1);
              if (outcome.isAccepted()) {
                accepted.incrementAndGet();
              } else if (outcome.rejection().code() == RejectionCode.INSUFFICIENT_STOCK) {
                insufficient.incrementAndGet();
              } else if (outcome.rejection().code() == RejectionCode.CONFLICT) {
                conflicts.incrementAndGet();
              } else {
                other.add(String.valueOf(outcome.rejection()));
              }
            } catch (RuntimeException e) {
              other.add(e.toString());
            }
          }
        }, name + "-" + t);
        workers.add(worker);
        worker.start();
      }
      start.countDown();
      for (Thread worker : workers) {
        worker.join();
      }
    }
    other.forEach(problem -> System.err.println(name + ": " + problem));
    System.out.println("accepted=" + accepted + " insufficient=" + insufficient + " conflicts=" + conflicts
        + " other=" + other.size());
    System.out.flush();
  }
}
