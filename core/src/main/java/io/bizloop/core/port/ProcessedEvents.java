package io.bizloop.core.port;

import io.bizloop.core.EventId;

/**
 * The inbox: which consumer has already applied which event.
 *
 * <p>Contract: {@link #markProcessed} is atomic and part of the caller's unit of work (a rolled
 * back delivery is not remembered), and answers {@code true} exactly once per consumer and id.
 */
public interface ProcessedEvents {

  /**
   * Remembers that {@code consumer} applies {@code event}.
   *
   * @param consumer the consumer's stable name, e.g. {@code "accounting"}
   * @param event the event's id
   * @return true the first time for this consumer and id (apply the event now); false when it
   *     was already applied (skip it)
   */
  boolean markProcessed(String consumer, EventId event);
}
