package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales order was confirmed: inventory reserves its lines (or backorders them), and its
 * lines' net and VAT are fixed for the life of the order.
 *
 * @param eventId idempotency key
 * @param date business date of the confirmation
 * @param order the order
 * @param customer who ordered
 * @param warehouse the warehouse the order must be filled from, or {@code null} for any
 * @param lines what was ordered, one line per sku
 */
public record SalesOrderConfirmed(
    EventId eventId, LocalDate date, SalesOrderId order, CustomerId customer, WarehouseId warehouse, List<Line> lines)
    implements BusinessEvent {

  /**
   * One ordered sku.
   *
   * @param sku the product
   * @param quantity how much, positive
   * @param amounts the line's net and VAT, fixed at confirmation
   */
  public record Line(Sku sku, Quantity quantity, LineAmounts amounts) {
    /**
     * Checks the line.
     *
     * @param sku the product
     * @param quantity how much, positive
     * @param amounts the line's net and VAT, fixed at confirmation
     * @throws NullPointerException when a part is missing
     * @throws IllegalArgumentException when the quantity is not positive
     */
    public Line {
      Events.require(sku, quantity, amounts);
      if (!quantity.isPositive()) {
        throw new IllegalArgumentException("ordered quantity must be positive");
      }
    }
  }

  /**
   * Checks that every required part of the event is given, and keeps an unmodifiable copy of
   * the lines.
   *
   * @param eventId idempotency key
   * @param date business date of the confirmation
   * @param order the order
   * @param customer who ordered
   * @param warehouse the warehouse the order must be filled from, or {@code null} for any
   * @param lines what was ordered, one line per sku
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when there are no lines
   */
  public SalesOrderConfirmed {
    Events.require(eventId, date, order, customer);
    lines = Events.lines(lines);
  }

  /**
   * The warehouse the order must be filled from, if it names one.
   *
   * @return the warehouse, or empty when stock in any warehouse may fill the order
   */
  public Optional<WarehouseId> requiredWarehouse() {
    return Optional.ofNullable(warehouse);
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

  /**
   * The line of {@code sku}, if ordered.
   *
   * @param sku the product
   * @return its line (an order has at most one per sku), or empty when it is not on the order
   */
  public Optional<Line> line(Sku sku) {
    return lines.stream().filter(l -> Objects.equals(l.sku(), sku)).findFirst();
  }
}
