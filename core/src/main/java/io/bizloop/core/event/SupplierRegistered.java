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

  public SupplierRegistered {
    Events.require(eventId, date, supplier, name);
  }

  @Override
  public String source() {
    return supplier.value();
  }
}
