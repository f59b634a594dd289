package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.Outcome;
import io.bizloop.core.port.UseCase;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reverses a posted entry with a new entry on {@code date} that puts every line on the other
 * side and references it; answers the reversal's number. The original may be in a closed period.
 *
 * <p>Rejections, in order: {@code INVALID_INPUT} (no date, an entry number below 1),
 * {@code UNKNOWN_REFERENCE} (no such entry), {@code INVALID_STATE} (already reversed, itself a
 * reversal, or it posts to a control account kept by a sub-ledger — those are corrected by their
 * own documents: a credit note, a cancellation, a stock count), {@code PERIOD_CLOSED} (the
 * reversal date's period is closed), {@code INVALID_INPUT} (beyond the books' range).
 */
public final class ReverseJournalEntry implements UseCase<ReverseJournalEntry.Command, Long> {

  /**
   * Which entry to reverse, and when.
   *
   * @param entryNumber the entry to reverse, from 1
   * @param date the business date of the reversal
   */
  public record Command(@Positive long entryNumber, @NotNull LocalDate date) {

    /**
     * Reverses entry {@code entryNumber} on {@code date}.
     *
     * @param entryNumber the entry to reverse
     * @param date the business date of the reversal
     * @return the command
     */
    public static Command of(long entryNumber, LocalDate date) {
      return new Command(entryNumber, date);
    }
  }

  private final AccountingSettings settings;
  private final JournalEntries journal;
  private final Bookkeeper books;

  /**
   * The use case on the books' ports.
   *
   * @param settings the book currency, chart and mapping
   * @param journal the journal
   * @param balances the running balances
   * @param periods the fiscal periods
   * @param sequences the entry numbers
   */
  public ReverseJournalEntry(
      AccountingSettings settings,
      JournalEntries journal,
      LedgerBalances balances,
      FiscalPeriods periods,
      Sequences sequences) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /**
   * Reverses the entry.
   *
   * @param command which entry, and when
   * @return the reversal's number, or the rejection
   */
  @Override
  public Outcome<Long> handle(Command command) {
    if (command == null) {
      return Bookkeeper.missing("the reversal");
    }
    if (command.date() == null) {
      return Outcome.rejected(Bookkeeper.invalid("the reversal has no date").orElseThrow());
    }
    if (command.entryNumber() < 1) {
      return Outcome.rejected(Bookkeeper.invalid("entry numbers start at 1, was " + command.entryNumber()).orElseThrow());
    }
    Optional<JournalEntry> found = journal.find(command.entryNumber());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "there is no journal entry " + command.entryNumber());
    }
    JournalEntry original = found.get();
    Outcome<Void> reversible = original.checkReversible();
    if (reversible.isRejected()) {
      return reversible.rejectedAs();
    }
    if (original.touchesAny(settings.mapping().controlAccounts())) {
      return Outcome.rejected(
          INVALID_STATE,
          "entry " + original.number() + " (" + original.source() + ") posts to a control account kept by a"
              + " sub-ledger; correct it with its own document, not a journal reversal");
    }
    Bookkeeper.Posting reversal =
        new Bookkeeper.Posting(
            null,
            "reversal of entry " + original.number() + " (" + original.source() + ")",
            null,
            EntryKind.REVERSAL,
            original.order().orElse(null),
            original.number(),
            original.reversedLines());
    return books.checkAndPost(command.date(), List.of(reversal)).map(posted -> posted.get(0).number());
  }
}
