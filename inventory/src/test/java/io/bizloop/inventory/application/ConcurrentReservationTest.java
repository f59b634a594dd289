package io.bizloop.inventory.application;

import static io.bizloop.inventory.application.InventoryFixture.DAY;
import static io.bizloop.inventory.application.InventoryFixture.sku;
import static io.bizloop.inventory.application.InventoryFixture.wh;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.inventory.domain.ReservationId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Many threads reserving one sku never oversell it. */
class ConcurrentReservationTest {

  private static final int THREADS = 8;
  private static final int ATTEMPTS_PER_THREAD = 40;

  @Test
  void reservingOneSkuFromEightThreadsNeverReservesMoreThanIsOnHand() throws Exception {
    // given 100 on hand; the threads ask 8 × 40 × 1..2 in total, far more
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "100", "1.00");
    ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<BigDecimal> granted = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<RejectionCode> refused = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean oversold = new AtomicBoolean(false);

    // when
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      workers.add(
          pool.submit(
              () -> {
                start.await();
                for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                  BigDecimal quantity = BigDecimal.valueOf(1 + (i + thread) % 2);
                  Outcome<Void> outcome =
                      f.inventory.reserveStock(
                          new ReserveStock.Command(
                              sku("P-1"), wh("WH-1"), ReservationId.of("R-" + thread + "-" + i), quantity, DAY));
                  if (outcome.isAccepted()) {
                    granted.add(quantity);
                  } else {
                    refused.add(outcome.rejection().code());
                  }
                }
                return null;
              }));
    }
    Future<?> watcher =
        pool.submit(
            () -> {
              while (running.get()) {
                StockRow row = f.stock("WH-1", "P-1");
                if (row.reserved().isGreaterThan(row.onHand()) || row.available().isNegative()) {
                  oversold.set(true);
                }
              }
              return null;
            });
    start.countDown();
    for (Future<?> worker : workers) {
      worker.get(60, TimeUnit.SECONDS);
    }
    running.set(false);
    watcher.get(10, TimeUnit.SECONDS);
    pool.shutdown();

    // then
    StockRow row = f.stock("WH-1", "P-1");
    BigDecimal sum = granted.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(oversold).isFalse();
    assertThat(row.reserved().value()).isEqualByComparingTo(sum);
    assertThat(row.reserved().isGreaterThan(row.onHand())).isFalse();
    assertThat(row.onHand().toPlainString()).isEqualTo("100");
    assertThat(refused).isNotEmpty().allMatch(c -> c == RejectionCode.INSUFFICIENT_STOCK || c == RejectionCode.CONFLICT);
  }
}
