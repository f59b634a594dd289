package io.bizloop.accounting.domain;

import io.bizloop.core.Money;

/**
 * The totals of a trial balance; they are always equal.
 *
 * @param debit Σ of the positive (debit) balances, never negative
 * @param credit Σ of the negated negative (credit) balances, never negative
 */
public record Totals(Money debit, Money credit) {

  /**
   * Whether the totals are equal, as they always are.
   *
   * @return true when debit equals credit
   */
  public boolean balances() {
    return debit.equals(credit);
  }
}
