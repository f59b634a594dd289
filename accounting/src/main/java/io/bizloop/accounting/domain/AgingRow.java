package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import java.util.Objects;

/**
 * The open items of one party by days overdue (as of the report's date − the item's due date),
 * each bucket the sum of what is still open (never negative): what the customer owes, or what the
 * company owes the supplier.
 *
 * <p>Invariant: {@link #total()} = Σ of the five buckets = the party's open amount.
 *
 * @param party the customer or supplier
 * @param current Σ open items not overdue (0 days or less)
 * @param overdue1to30 Σ open items 1 to 30 days overdue
 * @param overdue31to60 Σ open items 31 to 60 days overdue
 * @param overdue61to90 Σ open items 61 to 90 days overdue
 * @param overdueOver90 Σ open items more than 90 days overdue
 */
public record AgingRow(
    Party party, Money current, Money overdue1to30, Money overdue31to60, Money overdue61to90, Money overdueOver90) {

  /**
   * Checks that every part is given.
   *
   * @param party the customer or supplier
   * @param current Σ open items not overdue
   * @param overdue1to30 Σ open items 1 to 30 days overdue
   * @param overdue31to60 Σ open items 31 to 60 days overdue
   * @param overdue61to90 Σ open items 61 to 90 days overdue
   * @param overdueOver90 Σ open items more than 90 days overdue
   * @throws NullPointerException when a part is missing
   */
  public AgingRow {
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(overdue1to30, "overdue1to30");
    Objects.requireNonNull(overdue31to60, "overdue31to60");
    Objects.requireNonNull(overdue61to90, "overdue61to90");
    Objects.requireNonNull(overdueOver90, "overdueOver90");
  }

  /**
   * Σ of the five buckets.
   *
   * @return what the party has open in all, never negative
   */
  public Money total() {
    return current.plus(overdue1to30).plus(overdue31to60).plus(overdue61to90).plus(overdueOver90);
  }
}
