package io.bizloop.core.memory;

import io.bizloop.core.EventId;
import io.bizloop.core.port.ProcessedEvents;

/** An in-memory inbox whose marks are undone with the unit of work that made them. */
public final class InMemoryProcessedEvents implements ProcessedEvents {

  private record Key(String consumer, EventId event) {}

  /** Consumers past this many are kept one entry per (consumer, event). */
  private static final int BITS = 63;

  /** Each consumer's bit; a loop has a handful of consumers, named when it is wired. */
  private final java.util.Map<String, Integer> bits = new java.util.concurrent.ConcurrentHashMap<>();

  /** Per event, the bits of the consumers that applied it: one entry per event, not per pair. */
  private final TxMap<EventId, Long> processed;

  private final TxMap<Key, Boolean> more;

  /**
   * An empty inbox.
   *
   * @param unitOfWork the unit of work whose rollback forgets what it marked
   */
  public InMemoryProcessedEvents(InMemoryUnitOfWork unitOfWork) {
    this.processed = new TxMap<>(unitOfWork);
    this.more = new TxMap<>(unitOfWork);
  }

  @Override
  public boolean markProcessed(String consumer, EventId event) {
    java.util.Objects.requireNonNull(consumer, "consumer");
    java.util.Objects.requireNonNull(event, "event");
    int bit = bitOf(consumer);
    if (bit >= BITS) {
      return more.replace(new Key(consumer, event), null, Boolean.TRUE);
    }
    long mine = 1L << bit;
    while (true) {
      Long current = processed.getOrNull(event);
      long mask = current == null ? 0 : current;
      if ((mask & mine) != 0) {
        return false;
      }
      if (processed.replace(event, current, mask | mine)) {
        return true;
      }
    }
  }

  private int bitOf(String consumer) {
    Integer bit = bits.get(consumer);
    if (bit != null) {
      return bit;
    }
    synchronized (bits) {
      Integer known = bits.get(consumer); // another thread may have given it a bit meanwhile
      if (known != null) {
        return known;
      }
      if (bits.size() >= BITS) {
        return BITS;
      }
      int next = bits.size();
      bits.put(consumer, next);
      return next;
    }
  }
}
