package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.CONFLICT;
import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.PERIOD_CLOSED;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.SalesOrderId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one way into the journal: checks a draft against the book (currency, chart, closed
 * periods), gives it the next gap-free number, posts it, saves it and adds its lines to the
 * running balances. Every use case and policy posts through it. Rejections: {@code INVALID_INPUT}
 * (another currency), {@code UNKNOWN_REFERENCE} (account not in the chart),
 * {@code UNBALANCED_ENTRY}, {@code PERIOD_CLOSED}, {@code CONFLICT}.
 */
public final class PostingService {

  /** The sequence that numbers journal entries. */
  public static final String JOURNAL_SEQUENCE = "journal";

  private final AccountingSettings settings;
  private final JournalEntries journal;
  private final LedgerBalances balances;
  private final FiscalPeriods periods;
  private final Sequences sequences;

  public PostingService(
      AccountingSettings settings,
      JournalEntries journal,
      LedgerBalances balances,
      FiscalPeriods periods,
      Sequences sequences) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.balances = Objects.requireNonNull(balances, "balances");
    this.periods = Objects.requireNonNull(periods, "periods");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
  }

  /** Whether {@code date} falls in a closed period. */
  public boolean isClosed(LocalDate date) {
    return periods.isClosed(Period.of(date));
  }

  /** A {@code PERIOD_CLOSED} rejection for {@code date}, or empty when its period is open. */
  public Optional<Outcome<Void>> refuseIfClosed(LocalDate date, String what) {
    if (isClosed(date)) {
      return Optional.of(
          Outcome.rejected(PERIOD_CLOSED, what + " would post on " + date + " into closed period " + Period.of(date)));
    }
    return Optional.empty();
  }

  /**
   * Posts {@code lines} as one entry; no lines (an all-zero entry) posts nothing and answers
   * empty.
   */
  public Outcome<Optional<JournalEntry>> post(
      LocalDate date,
      String source,
      String memo,
      EventId eventId,
      EntryKind kind,
      SalesOrderId order,
      Long reversalOf,
      List<JournalLine> lines) {
    if (lines.isEmpty()) {
      return Outcome.accepted(Optional.empty());
    }
    return JournalEntry.draft(date, source, memo, eventId, kind, order, reversalOf, lines)
        .then(this::post)
        .map(Optional::of);
  }

  /** Posts a checked draft. */
  public Outcome<JournalEntry> post(JournalEntry draft) {
    for (JournalLine line : draft.lines()) {
      if (!line.debit().currency().equals(settings.currency())) {
        return Outcome.rejected(
            INVALID_INPUT, "a line on " + line.account() + " is in " + line.debit().currency()
                + ", the books are in " + settings.currency());
      }
      if (!settings.chart().contains(line.account())) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "account " + line.account() + " is not in the chart");
      }
    }
    if (isClosed(draft.date())) {
      return Outcome.rejected(
          PERIOD_CLOSED,
          "entry " + (draft.source() == null ? "" : draft.source() + " ") + "dated " + draft.date()
              + " falls in closed period " + Period.of(draft.date()));
    }
    long number = sequences.next(JOURNAL_SEQUENCE);
    Outcome<Void> posted = draft.post(number);
    if (posted.isRejected()) {
      return Outcome.rejected(posted.rejection());
    }
    if (!journal.save(draft)) {
      return Outcome.rejected(CONFLICT, "journal entry " + number + " was written by someone else");
    }
    for (JournalLine line : draft.lines()) {
      balances.add(line.account(), line.signed());
    }
    return Outcome.accepted(draft);
  }
}
