package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import java.time.LocalDate;

/**
 * A customer now exists (registered directly or by converting a lead); accounting opens its
 * receivable sub-ledger.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param customer the new customer
 * @param name the customer's name
 */
public record CustomerRegistered(EventId eventId, LocalDate date, CustomerId customer, String name)
    implements BusinessEvent {

  public CustomerRegistered {
    Events.require(eventId, date, customer, name);
  }

  @Override
  public String source() {
    return customer.value();
  }
}
