package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the lines of an automatic posting: zero amounts are left out, and a negative amount goes
 * to the other side of the account as its absolute value.
 */
public final class EntryLines {

  /** Four slots: an automatic posting has two to four lines (an empty ArrayList grows on its first add). */
  private final List<JournalLine> lines = new ArrayList<>(4);

  private EntryLines() {}

  /**
   * An empty set of lines.
   *
   * @return a new builder
   */
  public static EntryLines create() {
    return new EntryLines();
  }

  /**
   * Adds a debit of {@code amount} (a credit of its absolute value when negative; nothing when zero).
   *
   * @param account the account
   * @param amount the amount
   * @return this builder
   */
  public EntryLines debit(AccountCode account, Money amount) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(amount, "amount");
    if (amount.isPositive()) {
      lines.add(JournalLine.debit(account, amount));
    } else if (amount.isNegative()) {
      lines.add(JournalLine.credit(account, amount.negate()));
    }
    return this;
  }

  /**
   * Adds a credit of {@code amount} (a debit of its absolute value when negative; nothing when zero).
   *
   * @param account the account
   * @param amount the amount
   * @return this builder
   */
  public EntryLines credit(AccountCode account, Money amount) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(amount, "amount");
    if (amount.isPositive()) {
      lines.add(JournalLine.credit(account, amount));
    } else if (amount.isNegative()) {
      lines.add(JournalLine.debit(account, amount.negate()));
    }
    return this;
  }

  /**
   * Adds {@code line} unless it is zero.
   *
   * @param line the line
   * @return this builder
   */
  public EntryLines add(JournalLine line) {
    if (!line.isZero()) {
      lines.add(line);
    }
    return this;
  }

  /**
   * Whether no line was added.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return lines.isEmpty();
  }

  /**
   * The lines.
   *
   * @return the lines in the order they were added
   */
  public List<JournalLine> toList() {
    return List.copyOf(lines);
  }
}
