package io.bizloop.core.event;

import io.bizloop.core.EventId;
import io.bizloop.core.SupplierId;
import java.time.LocalDate;

/**
 * A supplier now exists; accounting opens its payable sub-ledger.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param supplier the new supplier
 * @param name the supplier's name
 * @param paymentTermsDays the supplier's payment terms in days, 0 to 3650: its items fall due this
 *     many days after they are posted
 */
public record SupplierRegistered(
    EventId eventId, LocalDate date, SupplierId supplier, String name, int paymentTermsDays)
    implements BusinessEvent {

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param supplier the new supplier
   * @param name the supplier's name
   * @param paymentTermsDays the supplier's payment terms in days
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when the terms are negative
   */
  public SupplierRegistered {
    Events.require(eventId, date, supplier, name);
    if (paymentTermsDays < 0) {
      throw new IllegalArgumentException("payment terms must not be negative, were " + paymentTermsDays);
    }
  }

  /**
   * A registration with payment terms of 0 days (items due when posted).
   *
   * @param eventId idempotency key
   * @param date business date
   * @param supplier the new supplier
   * @param name the supplier's name
   */
  public SupplierRegistered(EventId eventId, LocalDate date, SupplierId supplier, String name) {
    this(eventId, date, supplier, name, 0);
  }

  /**
   * The supplier's id: a registration has no document.
   *
   * @return {@code supplier().value()}
   */
  @Override
  public String source() {
    return supplier.value();
  }
}
