package io.bizloop.benchmarks;

import io.bizloop.accounting.application.ReceivePayment;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.crm.application.ConfirmOrder;
import io.bizloop.crm.application.PlaceSalesOrder;
import io.bizloop.crm.application.RegisterCustomer;
import io.bizloop.inventory.application.ShipOrder;
import io.bizloop.loop.Bizloop;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (c) Full order-to-cash flows per second over the whole loop: place a sales order (one line, 1
 * unit at 5.00), confirm it (reserves), ship it (COGS, revenue, VAT and the receivable posted by
 * the policies), receive the payment 5.65 (settles the open item); every 1 000 flows a purchase
 * receipt of 1 000 units keeps the stock up (its cost is part of the measurement). Orders go to
 * 100 customers in turn. The loop starts fresh at every iteration.
 *
 * <p>Warm-up: ten iterations of 3 s. The flow runs through a few hundred methods of four modules;
 * on a two-core machine the one C2 compiler thread is still compiling them 20–25 s in (JIT log,
 * {@code -XX:+PrintCompilation}), and the iterations climb from 20 k to 90 k flows/s over that time.
 * A shorter warm-up measures the compiler, not the library (JMH's own default is 50 s).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 10, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 6, time = 3, timeUnit = TimeUnit.SECONDS)
public class OrderToCashBenchmark {

  private static final int CUSTOMERS = 100;
  private static final int RESTOCK_EVERY = 1_000;
  private static final BigDecimal PRICE = new BigDecimal("5.00");
  private static final BigDecimal GROSS = new BigDecimal("5.65");

  /** Whose checks run on every command: the library's own, or also a host's Hibernate Validator. */
  @Param({"library"})
  public String checks;

  private Bizloop loop;
  private CustomerId[] customers;
  private long flows;
  private long rejected;

  /** Compiles the code paths on a loop of its own before any measurement (see {@link Fixture#JIT_WARM_UP_CALLS}). */
  @Setup(Level.Trial)
  public void warmUpTheCompiler() {
    freshLoop();
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    for (int i = 0; i < Fixture.JIT_WARM_UP_CALLS / 10; i++) {
      orderToCash(bh);
    }
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    nothingRefused();
  }

  @Setup(Level.Iteration)
  public void freshLoop() {
    loop = Fixture.company(RESTOCK_EVERY, checks);
    customers = new CustomerId[CUSTOMERS];
    for (int c = 0; c < CUSTOMERS; c++) {
      customers[c] = CustomerId.of("C-" + (c + 100));
      Fixture.accepted(loop.crm().registerCustomer(RegisterCustomer.Command.of(customers[c], "Customer " + c, Fixture.DAY)));
    }
    flows = 0;
    rejected = 0;
  }

  @TearDown(Level.Iteration)
  public void nothingRefused() {
    if (rejected > 0) {
      throw new IllegalStateException(rejected + " steps of the flows were refused");
    }
  }

  @Benchmark
  public void orderToCash(Blackhole bh) {
    long n = ++flows;
    if (n % RESTOCK_EVERY == 0) {
      bh.consume(check(Fixture.receive(loop, RESTOCK_EVERY)));
    }
    SalesOrderId order = SalesOrderId.of("SO-" + n);
    CustomerId customer = customers[(int) (n % CUSTOMERS)];
    bh.consume(check(loop.crm().placeSalesOrder(
        PlaceSalesOrder.Command.of(order, customer, Fixture.DAY).warehouse(Fixture.WAREHOUSE).line(Fixture.SKU, BigDecimal.ONE, PRICE))));
    bh.consume(check(loop.crm().confirmOrder(new ConfirmOrder.Command(order, Fixture.DAY))));
    bh.consume(check(loop.inventory().shipOrder(ShipOrder.Command.all(order, Fixture.DAY))));
    bh.consume(check(loop.accounting().receivePayment(ReceivePayment.Command.of(customer, GROSS, Fixture.DAY))));
  }

  private Outcome<?> check(Outcome<?> outcome) {
    if (outcome.isRejected()) {
      rejected++;
    }
    return outcome;
  }
}
