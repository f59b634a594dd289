package io.bizloop.accounting.memory;

import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import java.util.Objects;

/** Gap-free counters in memory: a rolled back unit of work gives its numbers back. */
public final class InMemorySequences implements Sequences {

  private final TxMap<String, Long> counters;

  /**
   * Counters that all start at 1.
   *
   * @param unitOfWork the unit of work that undoes its writes
   */
  public InMemorySequences(InMemoryUnitOfWork unitOfWork) {
    this.counters = new TxMap<>(Objects.requireNonNull(unitOfWork, "unitOfWork"));
  }

  @Override
  public long next(String name) {
    Objects.requireNonNull(name, "name");
    while (true) {
      Long current = counters.getOrNull(name);
      long next = current == null ? 1 : current + 1;
      if (counters.replace(name, current, next)) {
        return next;
      }
    }
  }
}
