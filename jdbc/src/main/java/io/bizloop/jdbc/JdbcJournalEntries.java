package io.bizloop.jdbc;

import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import java.util.List;
import java.util.Optional;

/**
 * The journal in {@code bizloop_journal_entry} (one row per entry, its snapshot as JSON) and
 * {@code bizloop_journal_line} (one row per line, written with the entry), so that the trial balance and
 * an account's history are SQL queries. A new entry and its lines are deferred writes of the
 * transaction (batched, sent before the commit or before a read of these tables); a change of a
 * posted entry is optimistically locked on {@code version}: a stale save answers CONFLICT.
 */
final class JdbcJournalEntries implements JournalEntries {

  private final Sql sql;
  private final SnapshotTable<JournalEntry.Snapshot> table;

  JdbcJournalEntries(Sql sql) {
    this.sql = sql;
    this.table =
        new SnapshotTable<>(
            sql, "bizloop_journal_entry", JournalEntry.Snapshot.class,
            List.of("entry_no"), s -> new Object[] {s.number()},
            List.of("entry_date", "event_id", "order_id", "status"),
            s -> new Object[] {
              s.date(), s.eventId() == null ? null : s.eventId().value(), s.order() == null ? null : s.order().value(),
              s.status().name()
            },
            JournalEntry.Snapshot::version, JdbcJournalEntries::bumped, "entry_no");
  }

  public JdbcJournalEntries(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  private static JournalEntry.Snapshot bumped(JournalEntry.Snapshot s) {
    return new JournalEntry.Snapshot(
        s.number(), s.date(), s.source(), s.memo(), s.eventId(), s.kind(), s.order(), s.lines(), s.status(),
        s.reversalOf(), s.reversedBy(), s.version() + 1);
  }

  @Override
  public Optional<JournalEntry> find(Long number) {
    return number == null ? Optional.empty() : table.find(number).map(JournalEntry::restore);
  }

  @Override
  public Outcome<Void> save(JournalEntry entry) {
    JournalEntry.Snapshot s = entry.snapshot();
    if (s.number() <= 0) {
      throw new IllegalArgumentException("only posted entries are saved, " + s.source() + " has no number");
    }
    if (s.version() != 0) {
      return table.save(s);
    }
    // a new entry's number comes from the gap-free counter: its row cannot exist, the insert is deferred
    table.insertDeferred(s);
    int lineNo = 0;
    for (JournalLine line : s.lines()) {
      sql.defer("bizloop_journal_line",
          "INSERT INTO bizloop_journal_line (entry_no, line_no, account, currency, debit_minor, credit_minor)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          s.number(), ++lineNo, line.account().value(), line.debit().currency().getCurrencyCode(),
          line.debit().minor(), line.credit().minor());
    }
    return Outcome.done();
  }

  @Override
  public boolean containsEvent(EventId event) {
    return sql.one("SELECT 1 FROM bizloop_journal_entry WHERE event_id = ? FETCH FIRST 1 ROWS ONLY", rs -> Boolean.TRUE,
        event.value()).isPresent();
  }

  @Override
  public List<JournalEntry> ofOrder(SalesOrderId order) {
    return table.where("order_id = ?", order.value()).stream().map(JournalEntry::restore).toList();
  }

  @Override
  public List<JournalEntry> all() {
    return table.all().stream().map(JournalEntry::restore).toList();
  }
}
