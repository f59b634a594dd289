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
 * @param lines per sku, in the order's line order
 * @param cancelled whether it was cancelled (then nothing is reserved or backordered)
 * @param fullyShipped whether every line shipped all it ordered
 */
public record OrderFulfilment(SalesOrderId order, List<Line> lines, boolean cancelled, boolean fullyShipped) {

  /**
   * Keeps the lines unmodifiable.
   *
   * @param order the sales order
   * @param lines per sku, in the order's line order
   * @param cancelled whether it was cancelled (then nothing is reserved or backordered)
   * @param fullyShipped whether every line shipped all it ordered
   */
  public OrderFulfilment {
    lines = List.copyOf(lines);
  }

  /**
   * One line.
   *
   * @param sku the product
   * @param ordered how much was ordered, positive
   * @param reserved what is reserved for the line over all warehouses, ≥ 0
   * @param backordered what waits for stock, ≥ 0; reserved + backordered + shipped = ordered until cancelled
   * @param shipped what shipped so far, ≥ 0
   * @param returned what came back so far, between 0 and shipped
   * @param shippedCost the issue cost of what shipped, ≥ 0
   * @param returnedCost the cost what came back re-entered at, between 0 and shippedCost
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
