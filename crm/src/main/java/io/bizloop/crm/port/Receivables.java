package io.bizloop.crm.port;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;

/** What a customer owes according to the books (accounting answers). Read-only, side-effect free. */
public interface Receivables {

  /**
   * What a customer owes now.
   *
   * @param customer the customer
   * @return the sum of its open receivable items, zero or positive (zero when none)
   */
  Money openReceivable(CustomerId customer);
}
