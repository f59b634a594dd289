package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import java.util.Objects;

/**
 * One line of a journal entry: an amount on the debit or the credit side of an account.
 *
 * <p>Invariants: both amounts in one currency, neither negative, not both non-zero. A line
 * with both zero can be built but no entry accepts it.
 *
 * @param account the account
 * @param debit the debit amount (zero on a credit line), never negative
 * @param credit the credit amount (zero on a debit line), never negative
 */
public record JournalLine(AccountCode account, Money debit, Money credit) {

  /**
   * Checks the invariants.
   *
   * @param account the account
   * @param debit the debit amount (zero on a credit line), never negative
   * @param credit the credit amount (zero on a debit line), never negative
   * @throws NullPointerException when a part is missing
   * @throws IllegalArgumentException when the currencies differ, an amount is negative or both are positive
   */
  public JournalLine {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(debit, "debit");
    Objects.requireNonNull(credit, "credit");
    if (!debit.currency().equals(credit.currency())) {
      throw new IllegalArgumentException("line on " + account + " mixes currencies");
    }
    if (debit.isNegative() || credit.isNegative()) {
      throw new IllegalArgumentException("line on " + account + " has a negative amount");
    }
    if (debit.isPositive() && credit.isPositive()) {
      throw new IllegalArgumentException("line on " + account + " has both a debit and a credit");
    }
  }

  /**
   * A debit line.
   *
   * @param account the account
   * @param amount the amount, not negative
   * @return the line
   */
  public static JournalLine debit(AccountCode account, Money amount) {
    return new JournalLine(account, amount, Money.zero(amount.currency()));
  }

  /**
   * A credit line.
   *
   * @param account the account
   * @param amount the amount, not negative
   * @return the line
   */
  public static JournalLine credit(AccountCode account, Money amount) {
    return new JournalLine(account, Money.zero(amount.currency()), amount);
  }

  /**
   * Whether both sides are zero.
   *
   * @return true for a zero line
   */
  public boolean isZero() {
    return debit.isZero() && credit.isZero();
  }

  /**
   * Whether the line is on the debit side.
   *
   * @return true when the debit is positive
   */
  public boolean isDebit() {
    return debit.isPositive();
  }

  /**
   * The non-zero amount of the line.
   *
   * @return the debit of a debit line, else the credit
   */
  public Money amount() {
    return debit.isPositive() ? debit : credit;
  }

  /**
   * Debit minus credit: what the line adds to the account's balance.
   *
   * @return the signed amount (a credit line is negative)
   */
  public Money signed() {
    return debit.minus(credit);
  }

  /**
   * The same amount on the other side: the line of a reversal.
   *
   * @return the swapped line
   */
  public JournalLine swapped() {
    return new JournalLine(account, credit, debit);
  }
}
