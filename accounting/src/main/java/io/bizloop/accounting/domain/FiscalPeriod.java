package io.bizloop.accounting.domain;

import static io.bizloop.core.RejectionCode.INVALID_STATE;

import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import java.util.Objects;

/**
 * One fiscal period (a month) of the books: open, or closed so that nothing posts into it.
 *
 * <p>Invariants: a period never saved is open; it is closed only while open and reopened only
 * while closed. Periods may be closed in any order. Rejections: {@code INVALID_STATE}.
 */
public final class FiscalPeriod {

  /**
   * The stored form.
   *
   * @param period the month
   * @param closed whether it is closed
   * @param version the optimistic-locking version (0 for a period never saved)
   */
  public record Snapshot(Period period, boolean closed, long version) {
    /**
     * Checks the parts.
     *
     * @param period the month
     * @param closed whether it is closed
     * @param version the optimistic-locking version (0 for a period never saved)
     * @throws NullPointerException when the period is missing
     */
    public Snapshot {
      Objects.requireNonNull(period, "period");
    }
  }

  private final Period period;
  private boolean closed;
  private final long version;

  private FiscalPeriod(Snapshot s) {
    this.period = s.period();
    this.closed = s.closed();
    this.version = s.version();
  }

  /**
   * An open period that was never saved.
   *
   * @param period the month
   * @return the open period
   */
  public static FiscalPeriod open(Period period) {
    return new FiscalPeriod(new Snapshot(period, false, 0));
  }

  /**
   * The period as it was stored.
   *
   * @param snapshot its stored form
   * @return the period
   */
  public static FiscalPeriod restore(Snapshot snapshot) {
    return new FiscalPeriod(Objects.requireNonNull(snapshot, "snapshot"));
  }

  /**
   * The stored form of this period.
   *
   * @return its snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(period, closed, version);
  }

  /**
   * Closes the period.
   *
   * @return done, or {@code INVALID_STATE} when it is already closed
   */
  public Outcome<Void> close() {
    if (closed) {
      return Outcome.rejected(INVALID_STATE, "period " + period + " is already closed");
    }
    closed = true;
    return Outcome.done();
  }

  /**
   * Reopens the period.
   *
   * @return done, or {@code INVALID_STATE} when it is not closed
   */
  public Outcome<Void> reopen() {
    if (!closed) {
      return Outcome.rejected(INVALID_STATE, "period " + period + " is not closed");
    }
    closed = false;
    return Outcome.done();
  }

  /**
   * The month.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Whether nothing may post into the period.
   *
   * @return true when closed
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * The version it was loaded with.
   *
   * @return the optimistic-locking version
   */
  public long version() {
    return version;
  }
}
