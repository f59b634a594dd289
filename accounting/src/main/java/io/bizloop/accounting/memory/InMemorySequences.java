package io.bizloop.accounting.memory;

import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxCounters;
import java.util.Objects;

/** Gap-free counters in memory: a rolled back unit of work gives its numbers back. */
public final class InMemorySequences implements Sequences {

  private final TxCounters counters;

  /**
   * Counters that all start at 1.
   *
   * @param unitOfWork the unit of work that undoes its counts
   */
  public InMemorySequences(InMemoryUnitOfWork unitOfWork) {
    this.counters = new TxCounters(Objects.requireNonNull(unitOfWork, "unitOfWork"));
  }

  @Override
  public long next(String name) {
    return counters.next(name);
  }
}
