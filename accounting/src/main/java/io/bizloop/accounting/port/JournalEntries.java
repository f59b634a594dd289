package io.bizloop.accounting.port;

import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.core.EventId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.port.Repository;
import java.util.List;

/**
 * The journal: every posted entry, by number.
 *
 * <p>Contract the host honours: part of the caller's unit of work (a rollback forgets what was
 * saved); {@link #save} follows {@link Repository}'s contract (a posted entry only; a new entry has
 * version 0; a stale version is {@code CONFLICT}, never thrown), and records the entry's event id
 * and order for {@link #containsEvent} and {@link #ofOrder}.
 */
public interface JournalEntries extends Repository<Long, JournalEntry> {

  /**
   * Whether an entry caused by {@code event} was posted: the journal's idempotency record.
   *
   * @param event the event id
   * @return true when an entry carries it
   */
  boolean containsEvent(EventId event);

  /**
   * The entries that belong to {@code order}.
   *
   * @param order the sales order
   * @return its entries, by number
   */
  List<JournalEntry> ofOrder(SalesOrderId order);

  /**
   * Every entry.
   *
   * @return the journal, by number
   */
  List<JournalEntry> all();

  /**
   * Hands every posted entry to {@code action}, by number, without holding them all at once (the
   * default walks {@link #all()}).
   *
   * @param action what to do with each entry
   */
  default void forEach(java.util.function.Consumer<JournalEntry> action) {
    all().forEach(action);
  }
}
