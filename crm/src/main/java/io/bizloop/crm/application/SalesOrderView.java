package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.domain.SalesOrderStatus;
import java.util.List;

/**
 * A sales order as the report shows it.
 *
 * @param id the order
 * @param customer who ordered
 * @param warehouse the warehouse it is filled from, or {@code null} for any
 * @param status where it stands
 * @param lines its lines in order
 */
public record SalesOrderView(
    SalesOrderId id, CustomerId customer, WarehouseId warehouse, SalesOrderStatus status, List<Line> lines) {

  public SalesOrderView {
    lines = List.copyOf(lines);
  }

  /**
   * One line.
   *
   * @param sku the product
   * @param ordered quantity ordered
   * @param shipped quantity shipped
   * @param returned quantity returned
   * @param invoiced quantity invoiced
   * @param net the line's net (fixed at confirmation; before, what confirming would fix)
   * @param vat the line's VAT (likewise)
   */
  public record Line(
      Sku sku, Quantity ordered, Quantity shipped, Quantity returned, Quantity invoiced, Money net, Money vat) {}
}
