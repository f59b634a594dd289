package io.bizloop.benchmarks;

import io.bizloop.accounting.application.PostShipmentCost;
import io.bizloop.core.AccountCode;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (d) Cost of one more posting as the books grow: the journal is pre-filled with {@code entries}
 * two-line entries once per trial; each operation posts one more entry (a manual entry through
 * the use case, or the GoodsShipped policy {@link PostShipmentCost} on the same books) inside a
 * unit of work that is then rolled back, so the books keep exactly {@code entries} entries during
 * the whole measurement. The rollback
 * (undo of the few map writes) is part of the measured time and is the same at every size.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
public class GrowingBooksBenchmark {

  private static final Outcome<Void> UNDO = Outcome.rejected(RejectionCode.CONFLICT, "benchmark: roll back");
  private static final AccountCode EXPENSES = AccountCode.of("5602");

  @Param({"1000", "10000", "100000", "1000000"})
  public int entries;

  private Bizloop loop;
  private PostShipmentCost shipmentCost;
  private Money expectedExpenses;
  private Money cost;
  private Quantity one;
  private long shipment;
  private long rejected;

  @Setup(Level.Trial)
  public void prefill() {
    loop = Fixture.company(0);
    shipmentCost = Fixture.shipmentCostPolicy(loop);
    for (int i = 0; i < entries; i++) {
      Fixture.accepted(loop.accounting().postJournalEntry(Fixture.TWO_LINE_ENTRY));
    }
    expectedExpenses = loop.accounting().balance(EXPENSES);
    cost = Money.of("2.00", "CNY");
    one = Quantity.of(1);
    // compile the measured paths the same way at every size (see Fixture.JIT_WARM_UP_CALLS); rolled back
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    for (int i = 0; i < Fixture.JIT_WARM_UP_CALLS; i++) {
      manualJournalEntry(bh);
      goodsShippedPolicy(bh);
    }
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    booksDidNotGrowAndNothingWasRefused();
  }

  @TearDown(Level.Iteration)
  public void booksDidNotGrowAndNothingWasRefused() {
    if (rejected > 0) {
      throw new IllegalStateException(rejected + " postings were refused");
    }
    if (!loop.accounting().balance(EXPENSES).equals(expectedExpenses)) {
      throw new IllegalStateException("the books grew during the measurement: rollback did not undo the postings");
    }
  }

  @Benchmark
  public void manualJournalEntry(Blackhole bh) {
    bh.consume(loop.unitOfWork().execute(() -> {
      Outcome<Long> posted = loop.accounting().postJournalEntry(Fixture.TWO_LINE_ENTRY);
      if (posted.isRejected()) {
        rejected++;
      }
      bh.consume(posted);
      return UNDO;
    }));
  }

  @Benchmark
  public void goodsShippedPolicy(Blackhole bh) {
    long n = ++shipment;
    ShipmentId id = ShipmentId.of(SalesOrderId.of("SO-" + n), 1);
    GoodsShipped event = new GoodsShipped(EventId.of("ship", id), Fixture.DAY, id, id.order(),
        Fixture.CUSTOMER, List.of(new GoodsShipped.Line(Fixture.SKU, Fixture.WAREHOUSE, one, cost)));
    bh.consume(loop.unitOfWork().execute(() -> {
      Outcome<Void> posted = loop.atomically(() -> shipmentCost.on(event));
      if (posted.isRejected()) {
        rejected++;
      }
      bh.consume(posted);
      return UNDO;
    }));
  }
}
