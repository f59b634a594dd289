package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted journal entry as reports show it.
 *
 * @param number the entry number
 * @param date the business date
 * @param source the source document id
 * @param memo the memo
 * @param lines the lines (account, debit, credit) in posting order
 * @param eventId the id of the business event that caused it, or {@code null} for a manual entry
 * @param reversalOf the entry it reverses, or {@code null}
 * @param reversedBy the entry that reversed it, or {@code null}
 */
public record JournalEntryView(
    long number,
    LocalDate date,
    String source,
    String memo,
    List<JournalLine> lines,
    String eventId,
    Long reversalOf,
    Long reversedBy) {

  public JournalEntryView {
    lines = List.copyOf(lines);
  }

  static JournalEntryView of(JournalEntry entry) {
    return new JournalEntryView(
        entry.number(),
        entry.date(),
        entry.source(),
        entry.memo(),
        entry.lines(),
        entry.eventId().map(Object::toString).orElse(null),
        entry.reversalOf().orElse(null),
        entry.reversedBy().orElse(null));
  }
}
