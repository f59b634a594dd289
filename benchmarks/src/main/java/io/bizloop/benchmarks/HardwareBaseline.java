package io.bizloop.benchmarks;

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
 * What the hardware does with the same business arithmetic and no library: the postings,
 * reservations and order-to-cash flows of {@link PostingBenchmark}, {@link ReserveReleaseBenchmark}
 * and {@link OrderToCashBenchmark} on plain arrays (money in minor units, quantities in units of
 * 10⁻⁴, accounts as array indexes, the journal as a ring of {@code long}s holding the last
 * 2²² values (about 450 000 two-line entries: at tens of millions of postings a second a journal
 * kept whole would fill any heap within an iteration, so the baseline is, if anything, kind to
 * the hardware). It checks what the
 * library checks on the way (balanced entry, accounts known, enough available stock, nothing
 * below zero), so that the JIT cannot drop the work, but keeps no ids, events, undo or history
 * beyond the journal. {@link Main} prints each library benchmark's ratio to its baseline here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 6, time = 3, timeUnit = TimeUnit.SECONDS)
public class HardwareBaseline {

  private static final int CASH = 0;
  private static final int ADMIN_EXPENSE = 1;
  private static final int INVENTORY = 2;
  private static final int COGS = 3;
  private static final int RECEIVABLE = 4;
  private static final int REVENUE = 5;
  private static final int VAT_OUTPUT = 6;
  private static final int PAYABLE = 7;
  private static final int ACCOUNTS = 8;
  private static final int DAY = 20_394; // 2026-11-02 as an epoch day
  private static final int CUSTOMERS = 100;
  private static final int RESTOCK_EVERY = 1_000;
  private static final long UNIT = 10_000; // one unit of quantity in 10⁻⁴
  private static final long PRICE = 500; // 5.00 in fen
  private static final long VAT = 65; // 13 % of 5.00
  private static final long UNIT_COST = 200; // 2.00

  private long[] balances;
  private static final int RING = (1 << 22) - 1;
  private long[] journal; // per entry: number, day, line count, then lines; a ring
  private int journalSize;
  private long entries;
  private long turnover;

  private long onHand;
  private long reserved;
  private long value;
  private long[] holds; // per reservation id index
  private long[] receivable; // per customer
  private long payable;

  private long[] orderCustomer;
  private long[] orderQuantity;
  private long[] orderAmount;
  private long[] orderReserved;
  private long flows;
  private long refused;

  @Setup(Level.Iteration)
  public void freshBooks() {
    balances = new long[ACCOUNTS];
    journal = new long[RING + 1];
    journalSize = 0;
    entries = 0;
    turnover = 0;
    onHand = 1_000_000 * UNIT;
    reserved = 0;
    value = onHand / UNIT * UNIT_COST;
    holds = new long[16];
    receivable = new long[CUSTOMERS];
    payable = 0;
    orderCustomer = new long[1 << 12];
    orderQuantity = new long[1 << 12];
    orderAmount = new long[1 << 12];
    orderReserved = new long[1 << 12];
    flows = 0;
    refused = 0;
  }

  @TearDown(Level.Iteration)
  public void nothingRefused() {
    if (refused > 0) {
      throw new IllegalStateException(refused + " baseline steps were refused");
    }
  }

  /** Baseline of {@link PostingBenchmark}: Dr 5602 / Cr 1002 1.00 as a two-line entry. */
  @Benchmark
  public long posting() {
    return post2(ADMIN_EXPENSE, CASH, 100);
  }

  /** Baseline of {@link ReserveReleaseBenchmark}: reserve 1 unit under one reservation, release it all. */
  @Benchmark
  public long reserveAndRelease() {
    reserve(0, UNIT);
    release(0);
    return reserved;
  }

  /** Baseline of {@link OrderToCashBenchmark}: place, confirm, ship and pay one 1 × 5.00 order (+13 % VAT). */
  @Benchmark
  public long orderToCash() {
    long n = ++flows;
    if (n % RESTOCK_EVERY == 0) {
      onHand += RESTOCK_EVERY * UNIT;
      value += RESTOCK_EVERY * UNIT_COST;
      payable += RESTOCK_EVERY * UNIT_COST;
      post2(INVENTORY, PAYABLE, RESTOCK_EVERY * UNIT_COST);
    }
    int order = (int) (n & (orderCustomer.length - 1));
    int customer = (int) (n % CUSTOMERS);
    // place
    orderCustomer[order] = customer;
    orderQuantity[order] = UNIT;
    orderAmount[order] = PRICE;
    // confirm: reserve
    if (onHand - reserved < orderQuantity[order]) {
      refused++;
      return 0;
    }
    reserved += orderQuantity[order];
    orderReserved[order] = orderQuantity[order];
    // ship: moving-average cost out, revenue and VAT in, the receivable opened
    long quantity = orderReserved[order];
    long cost = value * quantity / onHand;
    onHand -= quantity;
    reserved -= quantity;
    value -= cost;
    orderReserved[order] = 0;
    post2(COGS, INVENTORY, cost);
    long net = orderAmount[order];
    long gross = net + VAT;
    postSale(RECEIVABLE, gross, REVENUE, net, VAT_OUTPUT, VAT);
    receivable[customer] += gross;
    // pay: settle the open item
    post2(CASH, RECEIVABLE, gross);
    receivable[customer] -= gross;
    return receivable[customer];
  }

  private void reserve(int reservation, long quantity) {
    if (quantity <= 0 || onHand - reserved < quantity) {
      refused++;
      return;
    }
    reserved += quantity;
    holds[reservation] += quantity;
  }

  private void release(int reservation) {
    long held = holds[reservation];
    if (held <= 0) {
      refused++;
      return;
    }
    reserved -= held;
    holds[reservation] = 0;
  }

  private long post2(int debit, int credit, long amount) {
    if (amount <= 0 || debit >= ACCOUNTS || credit >= ACCOUNTS) {
      refused++;
      return 0;
    }
    long number = begin(2);
    line(debit, amount, 0);
    line(credit, 0, amount);
    return end(number, amount, amount);
  }

  private long postSale(int debit, long gross, int revenue, long net, int vat, long tax) {
    long number = begin(3);
    line(debit, gross, 0);
    line(revenue, 0, net);
    line(vat, 0, tax);
    return end(number, gross, net + tax);
  }

  private long begin(int lines) {
    long number = ++entries;
    journal[journalSize++ & RING] = number;
    journal[journalSize++ & RING] = DAY;
    journal[journalSize++ & RING] = lines;
    return number;
  }

  private void line(int account, long debit, long credit) {
    journal[journalSize++ & RING] = account;
    journal[journalSize++ & RING] = debit;
    journal[journalSize++ & RING] = credit;
    balances[account] += debit - credit;
  }

  private long end(long number, long debits, long credits) {
    if (debits != credits) {
      refused++;
    }
    turnover = Math.addExact(turnover, debits);
    return number;
  }
}
