package io.bizloop.accounting.domain;

import io.bizloop.core.Money;

/**
 * The open items of one party by age, as of the report's date. Every amount is what is still
 * open (never negative): what the customer owes, or what the company owes the supplier.
 *
 * @param party the customer or supplier
 * @param days0to30 Σ open items 0 to 30 days old
 * @param days31to60 Σ open items 31 to 60 days old
 * @param days61to90 Σ open items 61 to 90 days old
 * @param over90 Σ open items more than 90 days old
 */
public record AgingRow(Party party, Money days0to30, Money days31to60, Money days61to90, Money over90) {

  /**
   * Σ of the four buckets.
   *
   * @return what the party has open in all, never negative
   */
  public Money total() {
    return days0to30.plus(days31to60).plus(days61to90).plus(over90);
  }
}
