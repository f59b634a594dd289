package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.SalesOrderId;
import java.time.LocalDate;

/**
 * A sales order was cancelled before anything shipped: inventory releases exactly what it
 * reserved and drops its backorders; accounting reverses revenue recognised at confirmation.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param order the order
 * @param customer who ordered
 * @param wasConfirmed whether the order had been confirmed (a draft has nothing to release)
 */
public record SalesOrderCancelled(
    EventId eventId, LocalDate date, SalesOrderId order, CustomerId customer, boolean wasConfirmed)
    implements BusinessEvent {

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param order the order
   * @param customer who ordered
   * @param wasConfirmed whether the order had been confirmed (a draft has nothing to release)
   * @throws NullPointerException when a required part is missing
   */
  public SalesOrderCancelled {
    Events.require(eventId, date, order, customer);
  }

  /**
   * The order's id, which is its number.
   *
   * @return {@code order().value()}
   */
  @Override
  public String source() {
    return order.value();
  }
}
