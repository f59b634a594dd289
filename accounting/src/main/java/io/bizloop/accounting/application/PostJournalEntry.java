package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.UnitOfWork;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts a manual journal entry (e.g. opening capital); answers its entry number. Its source
 * document is {@code JE-<number>}.
 *
 * <p>Rejections, in this order: {@code INVALID_INPUT} (no lines, a line with both or neither of
 * debit and credit, a zero or negative amount, more decimals than the currency, a line on a
 * control account kept by a sub-ledger), {@code UNKNOWN_REFERENCE} (an account not in the chart),
 * {@code UNBALANCED_ENTRY} (Σ debits ≠ Σ credits, or fewer than two lines), {@code PERIOD_CLOSED}.
 */
public final class PostJournalEntry {

  /**
   * A manual entry.
   *
   * @param memo a text for people, may be {@code null}
   * @param lines the lines, at least two
   * @param date the business date it posts on
   */
  public record Command(String memo, @NotEmpty List<@NotNull @Valid Line> lines, @NotNull LocalDate date) {
    public Command {
      lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }
  }

  /**
   * One line: exactly one of debit and credit.
   *
   * @param account the account code as typed (checked against the chart)
   * @param debit the debit amount, or {@code null}
   * @param credit the credit amount, or {@code null}
   */
  public record Line(@NotBlank String account, @Positive BigDecimal debit, @Positive BigDecimal credit) {

    public static Line debit(String account, String amount) {
      return new Line(account, new BigDecimal(amount), null);
    }

    public static Line credit(String account, String amount) {
      return new Line(account, null, new BigDecimal(amount));
    }
  }

  private final UnitOfWork unitOfWork;
  private final CommandValidator validator;
  private final AccountingSettings settings;
  private final PostingService posting;

  public PostJournalEntry(
      UnitOfWork unitOfWork, CommandValidator validator, AccountingSettings settings, PostingService posting) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.validator = Objects.requireNonNull(validator, "validator");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.posting = Objects.requireNonNull(posting, "posting");
  }

  public Outcome<Long> handle(Command command) {
    return unitOfWork.execute(() -> decide(command));
  }

  private Outcome<Long> decide(Command command) {
    if (command == null) {
      return Outcome.rejected(INVALID_INPUT, "the journal entry is missing");
    }
    Optional<Rejection> shape = shapeOf(command);
    if (shape.isPresent()) {
      return Outcome.rejected(shape.get());
    }
    Optional<Rejection> invalid = validator.check(command);
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    List<JournalLine> lines = new ArrayList<>();
    for (Line line : command.lines()) {
      AccountCode code = parse(line.account()).orElse(null);
      if (code == null || !settings.chart().contains(code)) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "account " + line.account().strip() + " is not in the chart");
      }
      lines.add(
          line.debit() != null
              ? JournalLine.debit(code, Money.of(line.debit(), settings.currency()))
              : JournalLine.credit(code, Money.of(line.credit(), settings.currency())));
    }
    return posting
        .post(command.date(), null, command.memo(), null, EntryKind.MANUAL, null, null, lines)
        .map(entry -> entry.orElseThrow().number());
  }

  private Optional<Rejection> shapeOf(Command command) {
    if (command.date() == null) {
      return invalid("the journal entry has no date");
    }
    if (command.lines() == null || command.lines().isEmpty()) {
      return invalid("the journal entry has no lines");
    }
    int digits = settings.currency().getDefaultFractionDigits();
    for (int i = 0; i < command.lines().size(); i++) {
      Line line = command.lines().get(i);
      String where = "line " + (i + 1);
      if (line == null) {
        return invalid(where + " is missing");
      }
      if (line.account() == null || line.account().isBlank()) {
        return invalid(where + " has no account");
      }
      where = where + " (" + line.account().strip() + ")";
      if (line.debit() != null && line.credit() != null) {
        return invalid(where + " has both a debit and a credit");
      }
      if (line.debit() == null && line.credit() == null) {
        return invalid(where + " has neither a debit nor a credit");
      }
      BigDecimal amount = line.debit() != null ? line.debit() : line.credit();
      if (amount.signum() == 0) {
        return invalid(where + " has a zero amount");
      }
      if (amount.signum() < 0) {
        return invalid(where + " has a negative amount " + amount.toPlainString());
      }
      if (amount.stripTrailingZeros().scale() > digits) {
        return invalid(where + " amount " + amount.toPlainString() + " has more than " + digits
            + " decimals for " + settings.currency());
      }
      Optional<AccountCode> code = parse(line.account());
      if (code.isPresent() && settings.mapping().isControl(code.get())) {
        return invalid(where + ": account " + code.get()
            + " is a control account kept by a sub-ledger and takes no manual lines");
      }
    }
    return Optional.empty();
  }

  private static Optional<AccountCode> parse(String text) {
    try {
      return Optional.of(AccountCode.of(text.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Rejection> invalid(String message) {
    return Optional.of(Rejection.of(INVALID_INPUT, message));
  }
}
