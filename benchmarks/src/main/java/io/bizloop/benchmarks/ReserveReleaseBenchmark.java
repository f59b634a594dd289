package io.bizloop.benchmarks;

import io.bizloop.inventory.application.Inventory;
import io.bizloop.inventory.application.ReleaseStock;
import io.bizloop.inventory.application.ReserveStock;
import io.bizloop.inventory.domain.ReservationId;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (b) Reserve + release per second on inventory: {@code reserveStock} of one unit of one sku in
 * one warehouse under one reservation id, then {@code releaseStock} of all of it. One operation
 * is the pair. The stock item neither grows nor shrinks, so the state is the same at every call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 6, time = 3, timeUnit = TimeUnit.SECONDS)
public class ReserveReleaseBenchmark {

  private Bizloop loop;
  private Inventory inventory;
  private ReserveStock.Command reserveOne;
  private ReleaseStock.Command releaseAll;
  private long rejected;

  @Setup(Level.Trial)
  public void stockedWarehouse() {
    loop = Fixture.company(1_000_000);
    inventory = loop.inventory();
    ReservationId reservation = ReservationId.of("R-1");
    reserveOne = new ReserveStock.Command(Fixture.SKU, Fixture.WAREHOUSE, reservation, BigDecimal.ONE, Fixture.DAY);
    releaseAll = ReleaseStock.Command.all(Fixture.SKU, Fixture.WAREHOUSE, reservation, Fixture.DAY);
    // compile the code paths before JMH's warm-up (see Fixture.JIT_WARM_UP_CALLS)
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    for (int i = 0; i < Fixture.JIT_WARM_UP_CALLS; i++) {
      reserveAndRelease(bh);
    }
    bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    nothingRefused();
  }

  @TearDown(Level.Iteration)
  public void nothingRefused() {
    if (rejected > 0) {
      throw new IllegalStateException(rejected + " reservations or releases were refused");
    }
  }

  @Benchmark
  public void reserveAndRelease(Blackhole bh) {
    var reserved = inventory.reserveStock(reserveOne);
    var released = inventory.releaseStock(releaseAll);
    if (reserved.isRejected() || released.isRejected()) {
      rejected++;
    }
    bh.consume(reserved);
    bh.consume(released);
  }
}
