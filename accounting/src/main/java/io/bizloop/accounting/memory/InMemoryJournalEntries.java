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

/** The journal in memory: snapshots in a {@link TxMap}, undone with the unit of work. */
public final class InMemoryJournalEntries implements JournalEntries {

  private final TxMap<Long, JournalEntry.Snapshot> entries;
  private final TxList<Long> numbers;
  private final TxMap<EventId, Boolean> events;
  private final TxMap<SalesOrderId, List<Long>> byOrder;

  /**
   * An empty journal.
   *
   * @param unitOfWork the unit of work that undoes its writes
   */
  public InMemoryJournalEntries(InMemoryUnitOfWork unitOfWork) {
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.entries = new TxMap<>(unitOfWork);
    this.numbers = new TxList<>(unitOfWork);
    this.events = new TxMap<>(unitOfWork);
    this.byOrder = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<JournalEntry> find(Long number) {
    return number == null ? Optional.empty() : entries.get(number).map(JournalEntry::restore);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the entry is a draft (a bug of the caller)
   */
  @Override
  public Outcome<Void> save(JournalEntry entry) {
    JournalEntry.Snapshot s = entry.snapshot();
    if (s.number() <= 0) {
      throw new IllegalArgumentException("only posted entries are saved, a draft has no number");
    }
    JournalEntry.Snapshot stored =
        new JournalEntry.Snapshot(
            s.number(), s.date(), s.source(), s.memo(), s.eventId(), s.kind(), s.order(), s.lines(),
            s.status(), s.reversalOf(), s.reversedBy(), s.version() + 1);
    boolean isNew = s.version() == 0;
    boolean saved =
        entries.putIf(
            s.number(),
            stored,
            (current, next) -> isNew ? current == null : current != null && current.version() == s.version());
    if (!saved) {
      return Outcome.rejected(CONFLICT, "journal entry " + s.number() + " was written by another writer");
    }
    if (isNew) {
      numbers.add(s.number());
      if (s.eventId() != null) {
        events.put(s.eventId(), Boolean.TRUE);
      }
      if (s.order() != null) {
        List<Long> list = new ArrayList<>(byOrder.get(s.order()).orElse(List.of()));
        list.add(s.number());
        byOrder.put(s.order(), List.copyOf(list));
      }
    }
    return Outcome.done();
  }

  @Override
  public boolean containsEvent(EventId event) {
    return events.containsKey(event);
  }

  @Override
  public List<JournalEntry> ofOrder(SalesOrderId order) {
    return byOrder.get(order).orElse(List.of()).stream().map(this::stored).toList();
  }

  @Override
  public void forEach(java.util.function.Consumer<JournalEntry> action) {
    long[] sorted = numbers.toList().stream().mapToLong(Long::longValue).sorted().toArray();
    for (long number : sorted) {
      action.accept(stored(number));
    }
  }

  @Override
  public List<JournalEntry> all() {
    return numbers.toList().stream().sorted().map(this::stored).toList();
  }

  private JournalEntry stored(long number) {
    return JournalEntry.restore(entries.get(number).orElseThrow());
  }
}
