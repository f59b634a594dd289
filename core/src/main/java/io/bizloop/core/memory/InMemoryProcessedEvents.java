package io.bizloop.core.memory;

import io.bizloop.core.EventId;
import io.bizloop.core.port.ProcessedEvents;

/** An in-memory inbox whose marks are undone with the unit of work that made them. */
public final class InMemoryProcessedEvents implements ProcessedEvents {

  private record Key(String consumer, EventId event) {}

  private final TxMap<Key, Boolean> processed;

  /**
   * An empty inbox whose marks belong to the units of work of {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work that undoes a mark when it rolls back
   * @throws NullPointerException when {@code unitOfWork} is null
   */
  public InMemoryProcessedEvents(InMemoryUnitOfWork unitOfWork) {
    this.processed = new TxMap<>(unitOfWork);
  }

  /**
   * Marks {@code event} as applied by {@code consumer}, atomically; the mark is undone when the
   * current unit of work rolls back.
   *
   * @param consumer the consumer's stable name
   * @param event the event's id
   * @return true the first time for this consumer and id, false when it is already marked
   */
  @Override
  public boolean markProcessed(String consumer, EventId event) {
    return processed.putIf(new Key(consumer, event), Boolean.TRUE, (current, next) -> current == null);
  }
}
