package io.bizloop.accounting.memory;

import static io.bizloop.core.RejectionCode.CONFLICT;

import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxList;
import io.bizloop.core.memory.TxMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The journal in memory: snapshots undone with the unit of work. Entries are numbered without gaps
 * from 1, so they are kept in a list by number (no boxed key, no hash per entry); a number saved
 * out of that order (a host's own numbering) is kept in a map beside it.
 */
public final class InMemoryJournalEntries implements JournalEntries {

  private final TxList<JournalEntry.Snapshot> dense;
  private final TxMap<Long, JournalEntry.Snapshot> sparse;
  private final TxMap<EventId, Boolean> events;
  private final TxMap<SalesOrderId, List<Long>> byOrder;

  /**
   * An empty journal.
   *
   * @param unitOfWork the unit of work that undoes its writes
   */
  public InMemoryJournalEntries(InMemoryUnitOfWork unitOfWork) {
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.dense = new TxList<>(unitOfWork);
    this.sparse = new TxMap<>(unitOfWork);
    this.events = new TxMap<>(unitOfWork);
    this.byOrder = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<JournalEntry> find(Long number) {
    if (number == null) {
      return Optional.empty();
    }
    JournalEntry.Snapshot stored = snapshot(number);
    return stored == null ? Optional.empty() : Optional.of(JournalEntry.restore(stored));
  }

  /** The stored snapshot numbered {@code number}, or null. */
  private JournalEntry.Snapshot snapshot(long number) {
    if (number >= 1 && number <= dense.size()) {
      return dense.get((int) (number - 1));
    }
    return sparse.getOrNull(number);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the entry is a draft (a bug of the caller)
   */
  @Override
  public Outcome<Void> save(JournalEntry entry) {
    JournalEntry.Snapshot stored = entry.nextSnapshot();
    if (stored.number() <= 0) {
      throw new IllegalArgumentException("only posted entries are saved, a draft has no number");
    }
    boolean isNew = stored.version() == 1;
    JournalEntry.Snapshot current = snapshot(stored.number());
    if (isNew ? current != null : current == null || current.version() != stored.version() - 1) {
      return Outcome.rejected(CONFLICT, "journal entry " + stored.number() + " was written by another writer");
    }
    if (!isNew) {
      if (stored.number() <= dense.size()) {
        dense.set((int) (stored.number() - 1), stored);
      } else {
        sparse.put(stored.number(), stored);
      }
      return Outcome.done();
    }
    if (stored.number() == dense.size() + 1L && stored.number() < Integer.MAX_VALUE) {
      dense.add(stored);
    } else {
      sparse.put(stored.number(), stored);
    }
    if (stored.eventId() != null) {
      events.put(stored.eventId(), Boolean.TRUE);
    }
    if (stored.order() != null) {
      List<Long> before = byOrder.getOrNull(stored.order());
      List<Long> list = new ArrayList<>(before == null ? 1 : before.size() + 1);
      if (before != null) {
        list.addAll(before);
      }
      list.add(stored.number());
      byOrder.put(stored.order(), java.util.Collections.unmodifiableList(list));
    }
    return Outcome.done();
  }

  @Override
  public boolean containsEvent(EventId event) {
    return events.containsKey(event);
  }

  @Override
  public List<JournalEntry> ofOrder(SalesOrderId order) {
    List<Long> numbers = byOrder.getOrNull(order);
    if (numbers == null) {
      return List.of();
    }
    List<JournalEntry> entries = new ArrayList<>(numbers.size());
    for (long number : numbers) {
      entries.add(stored(number));
    }
    return java.util.Collections.unmodifiableList(entries);
  }

  @Override
  public void forEach(java.util.function.Consumer<JournalEntry> action) {
    if (sparse.size() == 0) {
      for (int i = 0, n = dense.size(); i < n; i++) {
        action.accept(JournalEntry.restore(dense.get(i)));
      }
      return;
    }
    all().forEach(action);
  }

  @Override
  public List<JournalEntry> all() {
    List<JournalEntry.Snapshot> snapshots = new ArrayList<>(dense.toList());
    if (sparse.size() > 0) {
      snapshots.addAll(sparse.values());
      snapshots.sort(java.util.Comparator.comparingLong(JournalEntry.Snapshot::number));
    }
    List<JournalEntry> entries = new ArrayList<>(snapshots.size());
    for (JournalEntry.Snapshot snapshot : snapshots) {
      entries.add(JournalEntry.restore(snapshot));
    }
    return java.util.Collections.unmodifiableList(entries);
  }

  private JournalEntry stored(long number) {
    JournalEntry.Snapshot snapshot = snapshot(number);
    if (snapshot == null) {
      throw new IllegalStateException("journal entry " + number + " is indexed but not stored");
    }
    return JournalEntry.restore(snapshot);
  }
}
