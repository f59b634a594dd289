package io.bizloop.inventory.application;

import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import java.util.List;

/**
 * How far inventory has filled a confirmed sales order.
 *
 * @param order the sales order
 * @param lines per sku
 * @param cancelled whether it was cancelled
 * @param fullyShipped whether every line shipped all it ordered
 */
public record OrderFulfilment(SalesOrderId order, List<Line> lines, boolean cancelled, boolean fullyShipped) {

  public OrderFulfilment {
    lines = List.copyOf(lines);
  }

  /**
   * One line.
   *
   * @param sku the product
   * @param ordered ordered
   * @param reserved reserved, over all warehouses
   * @param backordered waiting for stock
   * @param shipped shipped
   * @param returned returned
   * @param shippedCost cost of what shipped
   * @param returnedCost cost of what came back
   */
  public record Line(
      Sku sku,
      Quantity ordered,
      Quantity reserved,
      Quantity backordered,
      Quantity shipped,
      Quantity returned,
      Money shippedCost,
      Money returnedCost) {}
}
