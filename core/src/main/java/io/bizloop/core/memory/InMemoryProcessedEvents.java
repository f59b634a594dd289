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

  /**
   * Per event, the bits of the consumers that applied it: one entry per event, not per pair, in an
   * open-addressed index of the ids' text (no node, no box, no id kept per event). Guarded by the
   * unit of work's lock.
   */
  private final TextKeyIndex processed;

  /** The column of {@link #processed} the bits are in. */
  private final int column;

  private final InMemoryUnitOfWork unitOfWork;

  /** Puts back an event's bits as they were before a rolled back mark (one instance: no object per mark). */
  private final InMemoryUnitOfWork.Undo unmark;

  private final TxMap<Key, Boolean> more;

  /**
   * An empty inbox.
   *
   * @param unitOfWork the unit of work whose rollback forgets what it marked
   */
  public InMemoryProcessedEvents(InMemoryUnitOfWork unitOfWork) {
    this(unitOfWork, new TextKeyIndex(0L), 0);
  }

  /**
   * An empty inbox that keeps its marks in {@code column} of an index of event ids shared with
   * other stores of the same unit of work (the in-memory journal's entries per event, say): an
   * event's id is then kept once, and the journal's lookup of an event just delivered finds its
   * slot in the cache.
   *
   * @param unitOfWork the unit of work whose rollback forgets what it marked; it guards the index,
   *     so every store sharing the index must be of this unit
   * @param events the shared index, whose absent value is 0
   * @param column this inbox's column, used by no other store
   * @throws IllegalArgumentException when the index's absent value is not 0 or it has no such column
   */
  public InMemoryProcessedEvents(InMemoryUnitOfWork unitOfWork, TextKeyIndex events, int column) {
    this.unitOfWork = java.util.Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.processed = java.util.Objects.requireNonNull(events, "events");
    this.column = events.countingColumn(column);
    this.unmark = (event, old) -> events.put((String) event, column, (Long) old);
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
    boolean owned = unitOfWork.owned();
    if (!owned) {
      unitOfWork.beginWrite(); // a mark outside a unit is final at once
    }
    try {
      String key = event.value();
      long mask = processed.setBits(key, column, mine); // one lookup: set when not yet set
      if ((mask & mine) != 0) {
        return false;
      }
      if (owned) {
        unitOfWork.onRollback(unmark, key, mask); // the first consumers' masks are cached boxes
      }
      return true;
    } finally {
      if (!owned) {
        unitOfWork.endWrite();
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
