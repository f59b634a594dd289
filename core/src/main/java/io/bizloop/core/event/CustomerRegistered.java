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
 * @param paymentTermsDays the customer's payment terms in days, 0 to 3650: its items fall due this
 *     many days after they are posted
 */
public record CustomerRegistered(
    EventId eventId, LocalDate date, CustomerId customer, String name, int paymentTermsDays)
    implements BusinessEvent {

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param customer the new customer
   * @param name the customer's name
   * @param paymentTermsDays the customer's payment terms in days
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when the terms are negative
   */
  public CustomerRegistered {
    Events.require(eventId, date, customer, name);
    if (paymentTermsDays < 0) {
      throw new IllegalArgumentException("payment terms must not be negative, were " + paymentTermsDays);
    }
  }

  /**
   * A registration with payment terms of 0 days (items due when posted).
   *
   * @param eventId idempotency key
   * @param date business date
   * @param customer the new customer
   * @param name the customer's name
   */
  public CustomerRegistered(EventId eventId, LocalDate date, CustomerId customer, String name) {
    this(eventId, date, customer, name, 0);
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
