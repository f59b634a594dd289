package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.CONFLICT;
import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.UnitOfWork;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Reverses a posted entry with a new entry on {@code date} that puts every line on the other
 * side and references it; answers the reversal's number. The original may be in a closed period.
 *
 * <p>Rejections, in order: {@code INVALID_INPUT} (no date), {@code UNKNOWN_REFERENCE} (no such
 * entry), {@code INVALID_STATE} (already reversed, itself a reversal, or it posts to a control
 * account kept by a sub-ledger — those are corrected by their own documents: a credit note, a
 * cancellation, a stock count), {@code PERIOD_CLOSED} (the reversal date's period is closed).
 */
public final class ReverseJournalEntry {

  /**
   * @param entryNumber the entry to reverse
   * @param date the business date of the reversal
   */
  public record Command(@Positive long entryNumber, @NotNull LocalDate date) {}

  private final UnitOfWork unitOfWork;
  private final CommandValidator validator;
  private final AccountingSettings settings;
  private final JournalEntries journal;
  private final PostingService posting;

  public ReverseJournalEntry(
      UnitOfWork unitOfWork,
      CommandValidator validator,
      AccountingSettings settings,
      JournalEntries journal,
      PostingService posting) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.posting = Objects.requireNonNull(posting, "posting");
  }

  public Outcome<Long> handle(Command command) {
    return unitOfWork.execute(() -> decide(command));
  }

  private Outcome<Long> decide(Command command) {
    if (command == null || command.date() == null) {
      return Outcome.rejected(INVALID_INPUT, "the reversal has no date");
    }
    Optional<Rejection> invalid = validator.check(command);
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<JournalEntry> found = journal.find(command.entryNumber());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "there is no journal entry " + command.entryNumber());
    }
    JournalEntry original = found.get();
    Outcome<Void> reversible = original.checkReversible();
    if (reversible.isRejected()) {
      return Outcome.rejected(reversible.rejection());
    }
    if (original.touchesAny(settings.mapping().controlAccounts())) {
      return Outcome.rejected(
          INVALID_STATE,
          "entry " + original.number() + " (" + original.source() + ") posts to a control account kept by a"
              + " sub-ledger; correct it with its own document, not a journal reversal");
    }
    return posting
        .post(
            command.date(),
            null,
            "reversal of entry " + original.number() + " (" + original.source() + ")",
            null,
            EntryKind.REVERSAL,
            original.order().orElse(null),
            original.number(),
            original.reversedLines())
        .then(
            reversal -> {
              long number = reversal.orElseThrow().number();
              Outcome<Void> marked = original.markReversedBy(number);
              if (marked.isRejected()) {
                return Outcome.rejected(marked.rejection());
              }
              if (!journal.save(original)) {
                return Outcome.rejected(CONFLICT, "entry " + original.number() + " changed meanwhile");
              }
              return Outcome.accepted(number);
            });
  }
}
