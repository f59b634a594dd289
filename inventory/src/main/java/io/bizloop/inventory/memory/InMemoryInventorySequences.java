package io.bizloop.inventory.memory;

import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxCounters;
import io.bizloop.inventory.port.InventorySequences;
import java.util.Objects;

/** In-memory {@link InventorySequences}: thread-safe, undone with the unit of work. */
public final class InMemoryInventorySequences implements InventorySequences {

  private final TxCounters counters;

  /**
   * Counters that all start at 1.
   *
   * @param unitOfWork the unit of work that undoes its counts
   */
  public InMemoryInventorySequences(InMemoryUnitOfWork unitOfWork) {
    this.counters = new TxCounters(Objects.requireNonNull(unitOfWork, "unitOfWork"));
  }

  @Override
  public long next(String name) {
    return counters.next(name);
  }
}
