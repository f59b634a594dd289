package io.bizloop.accounting.port;

import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.core.EventId;
import io.bizloop.core.SalesOrderId;
import java.util.List;
import java.util.Optional;

/**
 * The journal: every posted entry, by number.
 *
 * <p>Contract: part of the caller's unit of work (a rollback forgets what was saved);
 * {@link #save} refuses a stale version (optimistic locking) and answers {@code false}; it
 * records the entry's event id and order for {@link #containsEvent} and {@link #ofOrder}.
 */
public interface JournalEntries {

  Optional<JournalEntry> find(long number);

  /** Stores a new entry (version 0) or an update of the stored version; {@code false} when stale. */
  boolean save(JournalEntry entry);

  /** Whether an entry caused by {@code event} was posted: the journal's idempotency record. */
  boolean containsEvent(EventId event);

  /** The entries that belong to {@code order}, by number. */
  List<JournalEntry> ofOrder(SalesOrderId order);

  /** Every entry, by number. */
  List<JournalEntry> all();
}
