package io.bizloop.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import io.bizloop.accounting.application.ReceivePayment;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.application.ConfirmOrder;
import io.bizloop.crm.application.PlaceSalesOrder;
import io.bizloop.crm.application.RegisterCustomer;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.inventory.application.ShipOrder;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * The child JVM of {@link CrashRecoveryContract}, and the same plan run in-process for the clean
 * reference: opens the store at {@code URL} on a small pool, sets up master data (each command
 * under its own {@code setup-…} key), then runs batches {@code 0..BATCHES-1}, each one
 * {@link Bizloop#batch} of {@code SIZE} commands, each command under the idempotency key
 * {@code op-<batch>-<index>}, and prints {@code committed <batch> after <ms> ms} on stdout
 * (flushed) after each batch committed. At the end it prints {@code done ran=R skipped=S rejected=J} and exits 0.
 *
 * <p>The plan is a pure function of the global command number {@code i = batch × SIZE + index}
 * (a purchase receipt, an order placed, confirmed and shipped by three keyed commands, an order
 * placed, confirmed and shipped in one {@link Bizloop#atomically}, a customer payment), so a run
 * started again from batch 0 issues exactly the same keys with the same commands.
 *
 * <p>Arguments: {@code URL BATCHES SIZE [without-once]}; {@code without-once} issues the commands
 * without their keys (only to show that the crash test catches double postings).
 */
public final class CrashWriter {

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  static final WarehouseId WH = WarehouseId.of("WH-1");
  static final Sku BOLT = Sku.of("P-1");
  static final Sku PUMP = Sku.of("P-2");
  static final SupplierId SUPPLIER = SupplierId.of("S-1");
  static final int CUSTOMERS = 4;
  /** The keys of the master data: a warehouse, two products, a supplier and the customers. */
  static final int SETUP_KEYS = 4 + CUSTOMERS;
  /** How many kinds of command the plan cycles through. */
  static final int KINDS = 6;

  /** What a run did: commands run, commands skipped because their key was seen, rejections (key: reason). */
  record Summary(int ran, int skipped, List<String> rejections) {}

  private CrashWriter() {}

  public static void main(String[] args) {
    String url = args[0];
    int batches = Integer.parseInt(args[1]);
    int size = Integer.parseInt(args[2]);
    boolean once = !(args.length > 3 && "without-once".equals(args[3]));
    Summary summary;
    try (HikariDataSource pool = TestDatabases.pool(url, 2)) {
      Bizloop loop = JdbcLoopStore.open(pool, CompanySettings.chinaDefaults()).bizloop();
      long start = System.nanoTime();
      summary = run(loop, batches, size, once, batch -> {
        System.out.println("committed " + batch + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        System.out.flush();
      });
    }
    summary.rejections().forEach(r -> System.err.println("rejected " + r));
    System.out.println("done ran=" + summary.ran() + " skipped=" + summary.skipped() + " rejected="
        + summary.rejections().size());
    System.out.flush();
  }

  /**
   * Runs the plan on {@code loop}: the master data, then every batch in order.
   *
   * @param committed told each batch number after its commit
   */
  static Summary run(Bizloop loop, int batches, int size, boolean once, IntConsumer committed) {
    Tally tally = new Tally(once);
    List<Supplier<Outcome<?>>> setup = new ArrayList<>();
    setup.add(tally.keyed(loop, "setup-warehouse",
        () -> loop.inventory().registerWarehouse(new RegisterWarehouse.Command(WH, "Main store", DAY))));
    setup.add(tally.keyed(loop, "setup-product-" + BOLT,
        () -> loop.inventory().registerProduct(RegisterProduct.Command.of(BOLT, "Bolt M8", DAY))));
    setup.add(tally.keyed(loop, "setup-product-" + PUMP,
        () -> loop.inventory().registerProduct(RegisterProduct.Command.of(PUMP, "Pump", DAY))));
    setup.add(tally.keyed(loop, "setup-supplier",
        () -> loop.inventory().registerSupplier(RegisterSupplier.Command.of(SUPPLIER, "Ningbo Fasteners", DAY))));
    for (int c = 0; c < CUSTOMERS; c++) {
      CustomerId customer = customer(c);
      setup.add(tally.keyed(loop, "setup-customer-" + customer,
          () -> loop.crm().registerCustomer(RegisterCustomer.Command.of(customer, "Customer " + customer, DAY))));
    }
    loop.batch(setup);
    for (int b = 0; b < batches; b++) {
      List<Supplier<Outcome<?>>> commands = new ArrayList<>(size);
      for (int j = 0; j < size; j++) {
        int i = b * size + j;
        LocalDate day = DAY.plusDays(b / 4);
        commands.add(tally.keyed(loop, "op-" + b + "-" + j, command(loop, i, day)));
      }
      loop.batch(commands);
      committed.accept(b);
    }
    return new Summary(tally.ran, tally.skipped, List.copyOf(tally.rejections));
  }

  /** How many commands of kind {@code kind} the plan issues in {@code total} commands. */
  static int countOfKind(int kind, int total) {
    return total / KINDS + (total % KINDS > kind ? 1 : 0);
  }

  /** Command number {@code i} of the plan, on {@code day}. */
  private static Supplier<Outcome<?>> command(Bizloop loop, int i, LocalDate day) {
    CustomerId customer = customer(i);
    switch (i % KINDS) {
      case 0: // a purchase receipt: the payable, stock at a cost that varies
        return () -> loop.inventory().receivePurchase(ReceivePurchase.Command.from(SUPPLIER, WH, day)
            .line(BOLT, new BigDecimal("12"), BigDecimal.valueOf(200 + i % 37, 2))
            .line(PUMP, new BigDecimal("6"), BigDecimal.valueOf(4_000 + i % 53, 2)));
      case 1: // an order placed ...
        return () -> loop.crm().placeSalesOrder(PlaceSalesOrder.Command.of(order("SO", i), customer, day).warehouse(WH)
            .line(BOLT, "3", "5.00"));
      case 2: // ... confirmed by the next command ...
        return () -> loop.crm().confirmOrder(new ConfirmOrder.Command(order("SO", i - 1), day));
      case 3: // ... and shipped by the one after: cost of goods sold and the receivable
        return () -> loop.inventory().shipOrder(ShipOrder.Command.all(order("SO", i - 2), day));
      case 4: // an order placed, confirmed and shipped as one
        SalesOrderId order = order("SA", i);
        return () -> loop.atomically(() -> loop.crm()
            .placeSalesOrder(PlaceSalesOrder.Command.of(order, customer, day).warehouse(WH)
                .line(PUMP, "2", "95.50").line(BOLT, "1", "5.00"))
            .then(placed -> loop.crm().confirmOrder(new ConfirmOrder.Command(order, day)))
            .then(confirmed -> loop.inventory().shipOrder(ShipOrder.Command.all(order, day))));
      default: // a customer payment, settling open items oldest first (or an advance)
        return () -> loop.accounting().receivePayment(
            ReceivePayment.Command.of(customer, BigDecimal.valueOf(5_000 + (i % 41) * 100L, 2), day));
    }
  }

  private static CustomerId customer(int i) {
    return CustomerId.of("C-" + i % CUSTOMERS);
  }

  private static SalesOrderId order(String prefix, int i) {
    return SalesOrderId.of(prefix + "-" + i);
  }

  /** Wraps commands in their keys and counts what ran. */
  private static final class Tally {
    private final boolean once;
    private int ran;
    private int skipped;
    private final List<String> rejections = new ArrayList<>();

    Tally(boolean once) {
      this.once = once;
    }

    /**
     * The command under {@code key}: a batch entry that always answers accepted, so that the batch
     * keeps the key even of a refused command (its refusal is counted here; the command itself
     * changed nothing).
     */
    Supplier<Outcome<?>> keyed(Bizloop loop, String key, Supplier<? extends Outcome<?>> command) {
      Supplier<Outcome<Object>> widened = () -> command.get().map(value -> (Object) value);
      return () -> {
        Optional<Outcome<Object>> outcome = once ? loop.once(key, widened) : Optional.of(widened.get());
        if (outcome.isEmpty()) {
          skipped++;
        } else {
          ran++;
          if (outcome.get().isRejected()) {
            rejections.add(key + ": " + outcome.get().rejection());
          }
        }
        return Outcome.done();
      };
    }
  }
}
