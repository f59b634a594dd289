package io.bizloop.accounting.domain;

import io.bizloop.core.Money;

/**
 * The totals of a trial balance; they are always equal.
 *
 * @param debit Σ of the positive balances
 * @param credit Σ of the negated negative balances
 */
public record Totals(Money debit, Money credit) {

  public boolean balances() {
    return debit.equals(credit);
  }
}
