package io.bizloop.crm.port;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;

/** What a customer owes according to the books (accounting answers). Read-only, side-effect free. */
public interface Receivables {

  /** The customer's open receivable items, zero when none. */
  Money openReceivable(CustomerId customer);
}
