package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.time.LocalDate;
import java.util.List;

/**
 * Goods left a warehouse for a sales order, consuming its reservations; carries their cost.
 * Accounting posts Dr COGS / Cr Inventory; the order records what shipped and, under the
 * SHIPMENT policy, recognises revenue.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param shipment the shipment's document id
 * @param order the order shipped
 * @param customer who receives
 * @param lines what left, per sku and warehouse, with its issue cost
 */
public record GoodsShipped(
    EventId eventId, LocalDate date, ShipmentId shipment, SalesOrderId order, CustomerId customer, List<Line> lines)
    implements BusinessEvent {

  /**
   * One sku out of one warehouse.
   *
   * @param sku the product
   * @param warehouse where it left from
   * @param quantity how much, positive
   * @param cost its issue cost by the stock item's costing method
   */
  public record Line(Sku sku, WarehouseId warehouse, Quantity quantity, Money cost) {
    /**
     * Checks the line.
     *
     * @param sku the product
     * @param warehouse where it left from
     * @param quantity how much, positive
     * @param cost its issue cost by the stock item's costing method
     * @throws NullPointerException when a part is missing
     */
    public Line {
      Events.require(sku, warehouse, quantity, cost);
    }
  }

  /**
   * Checks that every required part of the event is given, and keeps an unmodifiable copy of
   * the lines.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param shipment the shipment's document id
   * @param order the order shipped
   * @param customer who receives
   * @param lines what left, per sku and warehouse, with its issue cost
   * @throws NullPointerException when a required part is missing
   * @throws IllegalArgumentException when there are no lines
   */
  public GoodsShipped {
    Events.require(eventId, date, shipment, order, customer);
    lines = Events.lines(lines);
  }

  /**
   * The total cost of the shipment, what accounting moves from inventory to COGS.
   *
   * @return Σ line costs
   * @throws ArithmeticException when the sum overflows
   */
  public Money cost() {
    return Money.sum(lines.stream().map(Line::cost).toList(), lines.get(0).cost().currency());
  }

  /**
   * The shipment's number, e.g. {@code SO-1/S2}.
   *
   * @return {@code shipment().number()}
   */
  @Override
  public String source() {
    return shipment.number();
  }
}
