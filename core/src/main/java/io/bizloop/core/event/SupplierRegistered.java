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
 */
public record SupplierRegistered(EventId eventId, LocalDate date, SupplierId supplier, String name)
    implements BusinessEvent {

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param supplier the new supplier
   * @param name the supplier's name
   * @throws NullPointerException when a required part is missing
   */
  public SupplierRegistered {
    Events.require(eventId, date, supplier, name);
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
