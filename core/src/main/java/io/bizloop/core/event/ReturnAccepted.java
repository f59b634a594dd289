package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.ReturnId;
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
    ReturnId returnId,
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
    /**
     * Checks the line.
     *
     * @param sku the product
     * @param quantity how much, positive
     * @throws NullPointerException when a part is missing
     * @throws IllegalArgumentException when the quantity is not positive
     */
    public Line {
      Events.require(sku, quantity);
      if (!quantity.isPositive()) {
        throw new IllegalArgumentException("returned quantity must be positive");
      }
    }
  }

  /**
   * Checks that every required part of the event is given, and keeps an unmodifiable copy of
   * the lines.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param returnId the return's document id
   * @param order the order the goods were shipped for
   * @param customer who returns them
   * @param warehouse where they go back to, or {@code null} for the first warehouse the line shipped from
   * @param lines what comes back, per sku
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when there are no lines
   */
  public ReturnAccepted {
    Events.require(eventId, date, returnId, order, customer);
    lines = Events.lines(lines);
  }

  /**
   * The warehouse the goods must go back to, if the return names one.
   *
   * @return the warehouse, or empty for the first warehouse each line shipped from
   */
  public Optional<WarehouseId> requestedWarehouse() {
    return Optional.ofNullable(warehouse);
  }

  /**
   * The return's number, e.g. {@code SO-1/R1}.
   *
   * @return {@code returnId().number()}
   */
  @Override
  public String source() {
    return returnId.number();
  }
}
