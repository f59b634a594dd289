package io.bizloop.core.memory;

import io.bizloop.core.EventId;
import io.bizloop.core.port.ProcessedEvents;

/** An in-memory inbox whose marks are undone with the unit of work that made them. */
public final class InMemoryProcessedEvents implements ProcessedEvents {

  private record Key(String consumer, EventId event) {}

  private final TxMap<Key, Boolean> processed;

  public InMemoryProcessedEvents(InMemoryUnitOfWork unitOfWork) {
    this.processed = new TxMap<>(unitOfWork);
  }

  @Override
  public boolean markProcessed(String consumer, EventId event) {
    return processed.putIf(new Key(consumer, event), Boolean.TRUE, (current, next) -> current == null);
  }
}
