package io.bizloop.inventory.memory;

import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.port.InventorySequences;

/** In-memory {@link InventorySequences}: thread-safe, undone with the unit of work. */
public final class InMemoryInventorySequences implements InventorySequences {

  private final TxMap<String, Long> counters;

  /**
   * Counters that all start at 1, whose steps are undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work the counters take part in
   */
  public InMemoryInventorySequences(InMemoryUnitOfWork unitOfWork) {
    this.counters = new TxMap<>(unitOfWork);
  }

  @Override
  public long next(String name) {
    while (true) {
      Long current = counters.getOrNull(name);
      long next = current == null ? 1 : current + 1;
      if (counters.replace(name, current, next)) {
        return next;
      }
    }
  }
}
