package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import java.time.LocalDate;
import java.util.List;

/**
 * A posted journal entry as reports show it.
 *
 * @param number the entry number, gap-free from 1
 * @param date the business date it posted on
 * @param source the source document number (e.g. {@code RCPT-1}, {@code SO-1/S1}, {@code PAY-2}, {@code JE-3})
 * @param memo the memo, empty when none
 * @param lines the lines (account, debit, credit; each amount positive on its own side) in posting order
 * @param eventId the id of the business event that caused it, or {@code null} for a manual entry or reversal
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

  /**
   * Copies the lines.
   *
   * @param number the entry number, gap-free from 1
   * @param date the business date it posted on
   * @param source the source document number (e.g. {@code RCPT-1}, {@code SO-1/S1}, {@code PAY-2}, {@code JE-3})
   * @param memo the memo, empty when none
   * @param lines the lines (account, debit, credit; each amount positive on its own side) in posting order
   * @param eventId the id of the business event that caused it, or {@code null} for a manual entry or reversal
   * @param reversalOf the entry it reverses, or {@code null}
   * @param reversedBy the entry that reversed it, or {@code null}
   */
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
