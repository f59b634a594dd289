package io.bizloop.core.port;

import io.bizloop.core.EventId;

/**
 * The inbox: which consumer has already applied which event.
 *
 * <p>Contract: {@link #markProcessed} is atomic and part of the caller's unit of work (a rolled
 * back delivery is not remembered), and answers {@code true} exactly once per consumer and id.
 */
public interface ProcessedEvents {

  /** Remembers that {@code consumer} applies {@code event}; {@code false} when it already did. */
  boolean markProcessed(String consumer, EventId event);
}
