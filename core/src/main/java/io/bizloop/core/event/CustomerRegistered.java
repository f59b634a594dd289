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

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param customer the new customer
   * @param name the customer's name
   * @throws NullPointerException when a required part is missing
   */
  public CustomerRegistered {
    Events.require(eventId, date, customer, name);
  }

  /**
   * The customer's id: a registration has no document.
   *
   * @return {@code customer().value()}
   */
  @Override
  public String source() {
    return customer.value();
  }
}
