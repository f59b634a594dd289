package io.bizloop.benchmarks;

import io.bizloop.accounting.application.PostShipmentCost;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.loop.Bizloop;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * (a) Postings per second on one thread: a manual two-line journal entry through the
 * {@code postJournalEntry} use case (validation, chart and period checks, numbering, journal,
 * running balances, all in one unit of work), and the GoodsShipped posting policy
 * ({@link PostShipmentCost}: Dr COGS / Cr Inventory on the loop's own books, in one unit of work)
 * fed a new event each time. The books start empty at every iteration, so one
 * iteration's growth does not weigh on the next (cost against size is {@link GrowingBooksBenchmark}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 6, time = 3, timeUnit = TimeUnit.SECONDS)
public class PostingBenchmark {

  private Bizloop loop;
  private PostShipmentCost shipmentCost;
  private long shipment;
  private long rejected;
  private Money cost;
  private Quantity one;

  /** Compiles the code paths on books of their own before any measurement (see {@link Fixture#JIT_WARM_UP_CALLS}). */
  @Setup(Level.Trial)
  public void warmUpTheCompiler() {
    freshBooks();
    for (int i = 0; i < Fixture.JIT_WARM_UP_CALLS; i++) {
      manualJournalEntry();
      goodsShippedPolicy();
    }
    nothingRefused();
  }

  @Setup(Level.Iteration)
  public void freshBooks() {
    loop = Fixture.company(0);
    shipmentCost = Fixture.shipmentCostPolicy(loop);
    shipment = 0;
    rejected = 0;
    cost = Money.of("2.00", "CNY");
    one = Quantity.of(1);
  }

  @TearDown(Level.Iteration)
  public void nothingRefused() {
    if (rejected > 0) {
      throw new IllegalStateException(rejected + " postings were refused");
    }
  }

  @Benchmark
  public Outcome<Long> manualJournalEntry() {
    Outcome<Long> posted = loop.accounting().postJournalEntry(Fixture.TWO_LINE_ENTRY);
    if (posted.isRejected()) {
      rejected++;
    }
    return posted;
  }

  @Benchmark
  public Outcome<Void> goodsShippedPolicy() {
    long n = ++shipment;
    // one order per shipment, as in life (an order has a handful of entries)
    ShipmentId id = ShipmentId.of(SalesOrderId.of("SO-" + n), 1);
    GoodsShipped event = new GoodsShipped(EventId.of("ship", id), Fixture.DAY, id, id.order(), Fixture.CUSTOMER,
        List.of(new GoodsShipped.Line(Fixture.SKU, Fixture.WAREHOUSE, one, cost)));
    Outcome<Void> posted = loop.atomically(() -> shipmentCost.on(event));
    if (posted.isRejected()) {
      rejected++;
    }
    return posted;
  }
}
