package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The sales side accepted a customer return of shipped goods (checked against what was shipped,
 * recognised and already returned). Inventory takes the goods back at their shipped cost and
 * publishes {@link GoodsReturned}.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param returnId the return's document id
 * @param order the order the goods were shipped for
 * @param customer who returns them
 * @param warehouse where they go back to, or {@code null} for the first warehouse the line shipped from
 * @param lines what comes back, per sku
 */
public record ReturnAccepted(
    EventId eventId,
    LocalDate date,
    String returnId,
    SalesOrderId order,
    CustomerId customer,
    WarehouseId warehouse,
    List<Line> lines)
    implements BusinessEvent {

  /**
   * One returned sku.
   *
   * @param sku the product
   * @param quantity how much, positive
   */
  public record Line(Sku sku, Quantity quantity) {
    public Line {
      Events.require(sku, quantity);
      if (!quantity.isPositive()) {
        throw new IllegalArgumentException("returned quantity must be positive");
      }
    }
  }

  public ReturnAccepted {
    Events.require(eventId, date, returnId, order, customer);
    lines = Events.lines(lines);
  }

  public Optional<WarehouseId> requestedWarehouse() {
    return Optional.ofNullable(warehouse);
  }

  @Override
  public String source() {
    return returnId;
  }
}
