package io.bizloop.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.accounting.application.ClosePeriod;
import io.bizloop.accounting.application.PaySupplier;
import io.bizloop.accounting.application.ReceivePayment;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.application.CancelOrder;
import io.bizloop.crm.application.ConfirmOrder;
import io.bizloop.crm.application.PlaceSalesOrder;
import io.bizloop.crm.application.RegisterCustomer;
import io.bizloop.crm.application.ReturnGoods;
import io.bizloop.inventory.application.CountStock;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.inventory.application.ShipOrder;
import io.bizloop.inventory.application.TransferStock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stress workload, usable on any store (in memory here, H2 and PostgreSQL in the examples'
 * JDBC tests): eight threads of mixed commands on one loop, on two hot skus: confirm, cancel, ship
 * (half of the shipments dated in a closed period, so refused after inventory would have
 * written), transfer, count, receive, return, pay. After each round every cross-context invariant
 * holds and no command threw. The number of rounds is the system property
 * {@code bizloop.stress.rounds} or the environment variable {@code BIZLOOP_STRESS_ROUNDS} (default
 * 30; {@code .ci/run} sets 300).
 */
public final class LoopStress {

  private static final int THREADS = 8;
  private static final LocalDate OPEN_DAY = LocalDate.of(2026, 11, 10);
  private static final LocalDate CLOSED_DAY = LocalDate.of(2026, 10, 20);
  private static final Sku[] SKUS = {Sku.of("HOT-1"), Sku.of("HOT-2")};
  private static final WarehouseId[] WAREHOUSES = {WarehouseId.of("W1"), WarehouseId.of("W2")};
  private static final SupplierId SUPPLIER = SupplierId.of("S-1");

  private LoopStress() {}

  /**
   * How many rounds a run makes: {@code -Dbizloop.stress.rounds=N}, else the environment variable
   * {@code BIZLOOP_STRESS_ROUNDS}, else {@code fallback}.
   *
   * @param fallback rounds when neither is set
   * @return the rounds
   */
  public static int rounds(int fallback) {
    String env = System.getenv("BIZLOOP_STRESS_ROUNDS");
    return Integer.getInteger("bizloop.stress.rounds", env == null ? fallback : Integer.parseInt(env));
  }

  /**
   * Registers the master data, then runs {@code rounds} rounds of 8 threads × {@code operations}
   * mixed commands on {@code loop}, asserting after each round that no command threw and that
   * every invariant holds.
   *
   * @param loop a new, empty loop in CNY
   * @param rounds how many rounds
   * @param operations commands per thread and round
   * @throws Exception when a thread could not be joined
   */
  public static void run(Bizloop loop, int rounds, int operations) throws Exception {
    LocalDate start = LocalDate.of(2026, 10, 1);
    for (WarehouseId warehouse : WAREHOUSES) {
      loop.inventory().registerWarehouse(new RegisterWarehouse.Command(warehouse, "warehouse " + warehouse, start)).orElseThrow();
    }
    for (Sku sku : SKUS) {
      loop.inventory().registerProduct(RegisterProduct.Command.of(sku, "hot " + sku, start).reorder("10", "80")).orElseThrow();
    }
    loop.inventory().registerSupplier(new RegisterSupplier.Command(SUPPLIER, "supplier", start)).orElseThrow();
    for (int c = 0; c < THREADS; c++) {
      loop.crm().registerCustomer(RegisterCustomer.Command.of(CustomerId.of("C-" + c), "customer " + c, start)).orElseThrow();
    }
    loop.accounting().closePeriod(ClosePeriod.Command.of(Period.parse("2026-10"), OPEN_DAY)).orElseThrow();
    List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
    AtomicLong accepted = new AtomicLong();
    AtomicLong rejected = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < rounds; round++) {
        // when
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Writer writer =
              new Writer(loop, t, round, operations, new Random(31L * round + t), accepted, rejected, unexpected);
          done.add(pool.submit(() -> {
            go.await();
            writer.run();
            return null;
          }));
        }
        go.countDown();
        for (Future<?> future : done) {
          future.get(2, TimeUnit.MINUTES);
        }

        // then
        assertThat(unexpected).as("exceptions thrown by commands in round %d", round).isEmpty();
        assertThat(loop.invariantViolations()).as("invariants after round %d", round).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(accepted.get()).as("accepted commands").isPositive();
    assertThat(rejected.get()).as("refused commands (closed period, no stock, ...)").isPositive();
  }

  /** One thread's commands in one round: its own orders, shared stock and books. */
  private static final class Writer {
    private final Bizloop loop;
    private final int thread;
    private final int round;
    private final int operations;
    private final Random random;
    private final AtomicLong accepted;
    private final AtomicLong rejected;
    private final List<Throwable> unexpected;
    private final List<SalesOrderId> orders = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();

    Writer(Bizloop loop, int thread, int round, int operations, Random random, AtomicLong accepted,
        AtomicLong rejected, List<Throwable> unexpected) {
      this.loop = loop;
      this.thread = thread;
      this.round = round;
      this.operations = operations;
      this.random = random;
      this.accepted = accepted;
      this.rejected = rejected;
      this.unexpected = unexpected;
    }

    void run() {
      for (int i = 0; i < operations; i++) {
        try {
          count(step());
        } catch (RuntimeException | AssertionError e) {
          unexpected.add(e);
        }
      }
    }

    private Outcome<?> step() {
      Sku sku = SKUS[random.nextInt(SKUS.length)];
      WarehouseId warehouse = WAREHOUSES[random.nextInt(WAREHOUSES.length)];
      CustomerId customer = CustomerId.of("C-" + thread);
      LocalDate day = random.nextBoolean() ? OPEN_DAY : CLOSED_DAY;
      switch (random.nextInt(9)) {
        case 0, 1 -> {
          SalesOrderId order = SalesOrderId.of("T" + thread + "/R" + round + "/" + next.incrementAndGet());
          PlaceSalesOrder.Command command =
              PlaceSalesOrder.Command.of(order, customer, OPEN_DAY).line(sku, qty(1, 6), "9.90");
          if (random.nextBoolean()) {
            command = command.warehouse(warehouse);
          }
          Outcome<?> placed = loop.crm().placeSalesOrder(command);
          if (placed.isRejected()) {
            return placed;
          }
          orders.add(order);
          return loop.crm().confirmOrder(new ConfirmOrder.Command(order, day));
        }
        case 2 -> {
          return orders.isEmpty() ? Outcome.done() : loop.crm().cancelOrder(new CancelOrder.Command(pick(), OPEN_DAY));
        }
        case 3, 4 -> {
          return orders.isEmpty() ? Outcome.done() : loop.inventory().shipOrder(ShipOrder.Command.all(pick(), day));
        }
        case 5 -> {
          WarehouseId to = warehouse.equals(WAREHOUSES[0]) ? WAREHOUSES[1] : WAREHOUSES[0];
          return loop.inventory().transferStock(TransferStock.Command.of(sku, warehouse, to, qty(1, 4), OPEN_DAY));
        }
        case 6 -> {
          return random.nextBoolean()
              ? loop.inventory().countStock(CountStock.Command.of(warehouse, sku, qty(0, 30), day))
              : loop.inventory().receivePurchase(
                  ReceivePurchase.Command.from(SUPPLIER, warehouse, day).line(sku, qty(5, 20), "4.00"));
        }
        case 7 -> {
          return orders.isEmpty()
              ? Outcome.done()
              : loop.crm().returnGoods(ReturnGoods.Command.of(pick(), day).line(sku, qty(1, 2)));
        }
        default -> {
          return random.nextBoolean()
              ? loop.accounting().receivePayment(ReceivePayment.Command.of(customer, "25.00", day))
              : loop.accounting().paySupplier(PaySupplier.Command.of(SUPPLIER, "30.00", day));
        }
      }
    }

    private SalesOrderId pick() {
      return orders.get(random.nextInt(orders.size()));
    }

    private String qty(int from, int to) {
      return BigDecimal.valueOf(from + random.nextInt(to - from + 1)).toPlainString();
    }

    private void count(Outcome<?> outcome) {
      (outcome.isAccepted() ? accepted : rejected).incrementAndGet();
    }
  }

}
