package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Ids;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
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
 * Posts a manual journal entry (e.g. opening capital: Dr {@code BANK} / Cr {@code PAID_IN_CAPITAL});
 * answers its entry number. Its source document is {@code JE-<number>}.
 *
 * <p>Rejections, in this order: {@code INVALID_INPUT} (no date, no lines, a memo over 200
 * characters, a line with both or neither of debit and credit, a zero or negative amount, more
 * decimals than the currency, an amount over 10¹², a line on a control account kept by a
 * sub-ledger), {@code UNKNOWN_REFERENCE} (an account not in the chart), {@code UNBALANCED_ENTRY}
 * (Σ debits ≠ Σ credits, or fewer than two lines), {@code PERIOD_CLOSED}, {@code INVALID_INPUT}
 * (the entry would take the books beyond their range).
 */
public final class PostJournalEntry implements UseCase<PostJournalEntry.Command, Long> {

  /**
   * A manual entry. Build it with {@link #on(LocalDate)} and the named calls:
   * {@code Command.on(day).memo("opening capital").debit("1002", "10000").credit("3001", "10000")}.
   *
   * @param memo a text for people, at most 200 characters, or {@code null} for none
   * @param lines the lines, at least two (a {@code null} element is refused as INVALID_INPUT)
   * @param date the business date it posts on
   */
  public record Command(String memo, @NotEmpty List<@NotNull @Valid Line> lines, @NotNull LocalDate date) {

    /**
     * Keeps an unmodifiable copy of the lines.
     *
     * @param memo a text for people, at most 200 characters, or {@code null} for none
     * @param lines the lines, at least two (a {@code null} element is refused as INVALID_INPUT)
     * @param date the business date it posts on
     */
    public Command {
      lines = lines == null ? null : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * An entry on {@code date} without memo or lines yet.
     *
     * @param date the business date it posts on
     * @return the command
     */
    public static Command on(LocalDate date) {
      return new Command(null, List.of(), date);
    }

    /**
     * The same entry with a memo.
     *
     * @param text a text for people
     * @return the changed command
     */
    public Command memo(String text) {
      return new Command(text, lines, date);
    }

    /**
     * The same entry with one more line.
     *
     * @param line the line
     * @return the changed command
     */
    public Command line(Line line) {
      List<Line> more = new ArrayList<>(lines == null ? List.of() : lines);
      more.add(line);
      return new Command(memo, more, date);
    }

    /**
     * The same entry with a debit line.
     *
     * @param account the account code
     * @param amount the amount, positive
     * @return the changed command
     */
    public Command debit(AccountCode account, BigDecimal amount) {
      return line(Line.debit(account.value(), amount));
    }

    /**
     * The same entry with a debit line.
     *
     * @param account the account code as typed
     * @param amount the amount, positive
     * @return the changed command
     */
    public Command debit(String account, BigDecimal amount) {
      return line(Line.debit(account, amount));
    }

    /**
     * The same entry with a debit line.
     *
     * @param account the account code as typed
     * @param amount the amount as text, e.g. {@code "10000.00"}
     * @return the changed command
     * @throws NumberFormatException when the amount is not a number
     */
    public Command debit(String account, String amount) {
      return line(Line.debit(account, amount));
    }

    /**
     * The same entry with a credit line.
     *
     * @param account the account code
     * @param amount the amount, positive
     * @return the changed command
     */
    public Command credit(AccountCode account, BigDecimal amount) {
      return line(Line.credit(account.value(), amount));
    }

    /**
     * The same entry with a credit line.
     *
     * @param account the account code as typed
     * @param amount the amount, positive
     * @return the changed command
     */
    public Command credit(String account, BigDecimal amount) {
      return line(Line.credit(account, amount));
    }

    /**
     * The same entry with a credit line.
     *
     * @param account the account code as typed
     * @param amount the amount as text, e.g. {@code "10000.00"}
     * @return the changed command
     * @throws NumberFormatException when the amount is not a number
     */
    public Command credit(String account, String amount) {
      return line(Line.credit(account, amount));
    }
  }

  /**
   * One line: exactly one of debit and credit. Hosts that read raw input may build it with both
   * or neither; the use case refuses that as INVALID_INPUT.
   *
   * @param account the account code as typed (checked against the chart)
   * @param debit the debit amount, or {@code null} on a credit line
   * @param credit the credit amount, or {@code null} on a debit line
   */
  public record Line(@NotBlank String account, @Positive BigDecimal debit, @Positive BigDecimal credit) {

    /**
     * A debit line.
     *
     * @param account the account code as typed
     * @param amount the amount
     * @return the line
     */
    public static Line debit(String account, BigDecimal amount) {
      return new Line(account, amount, null);
    }

    /**
     * A debit line.
     *
     * @param account the account code as typed
     * @param amount the amount as text
     * @return the line
     * @throws NumberFormatException when the amount is not a number
     */
    public static Line debit(String account, String amount) {
      return debit(account, new BigDecimal(amount));
    }

    /**
     * A credit line.
     *
     * @param account the account code as typed
     * @param amount the amount
     * @return the line
     */
    public static Line credit(String account, BigDecimal amount) {
      return new Line(account, null, amount);
    }

    /**
     * A credit line.
     *
     * @param account the account code as typed
     * @param amount the amount as text
     * @return the line
     * @throws NumberFormatException when the amount is not a number
     */
    public static Line credit(String account, String amount) {
      return credit(account, new BigDecimal(amount));
    }
  }

  private final AccountingSettings settings;
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
  public PostJournalEntry(
      AccountingSettings settings,
      JournalEntries journal,
      LedgerBalances balances,
      FiscalPeriods periods,
      Sequences sequences) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /**
   * Posts the entry.
   *
   * @param command the entry
   * @return its number, or the rejection
   */
  @Override
  public Outcome<Long> handle(Command command) {
    if (command == null) {
      return Bookkeeper.missing("the journal entry");
    }
    Optional<Rejection> shape = shapeOf(command);
    if (shape.isPresent()) {
      return Outcome.rejected(shape.get());
    }
    List<JournalLine> lines = new ArrayList<>(command.lines().size());
    for (int i = 0; i < command.lines().size(); i++) {
      Line line = command.lines().get(i);
      Optional<AccountCode> code = accountCode(line.account());
      if (code.isEmpty() || !settings.chart().contains(code.get())) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "account " + Ids.quote(line.account().strip()) + " is not in the chart");
      }
      lines.add(
          line.debit() != null
              ? JournalLine.debit(code.get(), Money.of(line.debit(), settings.currency()))
              : JournalLine.credit(code.get(), Money.of(line.credit(), settings.currency())));
    }
    Outcome<JournalEntry> draft =
        JournalEntry.draft(command.date(), null, command.memo(), null, EntryKind.MANUAL, null, null, lines);
    if (draft.isRejected()) {
      return draft.rejectedAs();
    }
    return books.check(List.of(draft.value())).then(books::post).map(posted -> posted.get(0).number());
  }

  /** Names line {@code i} in a message, e.g. {@code line 2 ("1002")}: built only when the line is refused. */
  private static String where(int i, Line line) {
    return "line " + (i + 1) + " (" + Ids.quote(line.account().strip()) + ")";
  }

  private Optional<Rejection> shapeOf(Command command) {
    if (command.date() == null) {
      return Bookkeeper.invalid("the journal entry has no date");
    }
    Optional<Rejection> memo = Amounts.text(command.memo(), "the memo");
    if (memo.isPresent()) {
      return memo;
    }
    if (command.lines() == null || command.lines().isEmpty()) {
      return Bookkeeper.invalid("the journal entry has no lines");
    }
    for (int i = 0; i < command.lines().size(); i++) {
      Line line = command.lines().get(i);
      if (line == null) {
        return Bookkeeper.invalid("line " + (i + 1) + " is missing");
      }
      if (line.account() == null || line.account().isBlank()) {
        return Bookkeeper.invalid("line " + (i + 1) + " has no account");
      }
      if (line.debit() != null && line.credit() != null) {
        return Bookkeeper.invalid(where(i, line) + " has both a debit and a credit");
      }
      if (line.debit() == null && line.credit() == null) {
        return Bookkeeper.invalid(where(i, line) + " has neither a debit nor a credit");
      }
      BigDecimal amount = line.debit() != null ? line.debit() : line.credit();
      if (amount.signum() == 0) {
        return Bookkeeper.invalid(where(i, line) + " has a zero amount");
      }
      if (Amounts.typedProblem(amount, settings.currency())) {
        return Amounts.typed(amount, settings.currency(), where(i, line));
      }
      Optional<AccountCode> code = accountCode(line.account());
      if (code.isPresent() && settings.mapping().isControl(code.get())) {
        return Bookkeeper.invalid(where(i, line) + ": account " + code.get()
            + " is a control account kept by a sub-ledger and takes no manual lines");
      }
    }
    return Optional.empty();
  }

  /** The account code typed, or empty when the text is not a well-formed code. */
  private Optional<AccountCode> accountCode(String text) {
    AccountCode known = settings.chart().codeOrNull(text);
    if (known != null) {
      return Optional.of(known); // typed exactly as in the chart: valid, nothing to parse
    }
    String code = text.strip();
    if (Ids.problem(code, "account code") != null) {
      return Optional.empty();
    }
    for (int i = 0; i < code.length(); i++) {
      char ch = code.charAt(i);
      boolean allowed =
          (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '.' || ch == '-';
      if (!allowed) {
        return Optional.empty();
      }
    }
    return Optional.of(AccountCode.of(code));
  }
}
