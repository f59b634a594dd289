package io.bizloop.accounting.memory;

import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.core.Period;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Closed fiscal periods in memory, undone with the unit of work. */
public final class InMemoryFiscalPeriods implements FiscalPeriods {

  private final TxMap<Period, Boolean> closed;
  private final Set<Period> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

  public InMemoryFiscalPeriods(InMemoryUnitOfWork unitOfWork) {
    this.closed = new TxMap<>(Objects.requireNonNull(unitOfWork, "unitOfWork"));
  }

  @Override
  public boolean isClosed(Period period) {
    return closed.get(period).orElse(Boolean.FALSE);
  }

  @Override
  public void close(Period period) {
    seen.add(period);
    closed.put(period, Boolean.TRUE);
  }

  @Override
  public void reopen(Period period) {
    seen.add(period);
    closed.put(period, Boolean.FALSE);
  }

  @Override
  public Set<Period> closed() {
    Set<Period> result = new TreeSet<>();
    for (Period period : seen) {
      if (isClosed(period)) {
        result.add(period);
      }
    }
    return result;
  }
}
