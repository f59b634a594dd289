package io.bizloop.accounting.memory;

import static io.bizloop.core.RejectionCode.CONFLICT;

import io.bizloop.accounting.domain.FiscalPeriod;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Fiscal periods in memory: snapshots in a {@link TxMap}, undone with the unit of work. */
public final class InMemoryFiscalPeriods implements FiscalPeriods {

  private final TxMap<Period, FiscalPeriod.Snapshot> periods;

  /**
   * Set when a closed period is saved and never reset (a save rolled back or a period reopened
   * only means the lookup runs): until then every period is open, which a posting learns without a
   * lookup or a {@link Period}.
   */
  private volatile boolean anyClosed;

  /**
   * An empty store: every period is open.
   *
   * @param unitOfWork the unit of work that undoes its writes
   */
  public InMemoryFiscalPeriods(InMemoryUnitOfWork unitOfWork) {
    this.periods = new TxMap<>(Objects.requireNonNull(unitOfWork, "unitOfWork"));
  }

  @Override
  public Optional<FiscalPeriod> find(Period period) {
    return periods.get(period).map(FiscalPeriod::restore);
  }

  /** Reads the stored flag: no aggregate restored, no {@code Optional}, on every posting's period check. */
  @Override
  public boolean isClosed(Period period) {
    FiscalPeriod.Snapshot stored = periods.getOrNull(period);
    return stored != null && stored.closed();
  }

  @Override
  public boolean isClosedOn(java.time.LocalDate date) {
    return anyClosed && isClosed(Period.of(date));
  }

  @Override
  public Outcome<Void> save(FiscalPeriod period) {
    FiscalPeriod.Snapshot s = period.snapshot();
    if (s.closed()) {
      anyClosed = true; // before the write: a reader that sees the period closed sees this too
    }
    FiscalPeriod.Snapshot stored = new FiscalPeriod.Snapshot(s.period(), s.closed(), s.version() + 1);
    return periods.putNextVersion(s.period(), stored, FiscalPeriod.Snapshot::version)
        ? Outcome.done() : Outcome.rejected(CONFLICT, "period " + s.period() + " was changed by another writer");
  }

  @Override
  public Set<Period> closed() {
    Set<Period> result = new TreeSet<>();
    for (FiscalPeriod.Snapshot period : periods.values()) {
      if (period.closed()) {
        result.add(period.period());
      }
    }
    return result;
  }
}
