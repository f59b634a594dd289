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

  /**
   * Keeps an unmodifiable copy of the lines.
   *
   * @param id the order
   * @param customer who ordered
   * @param warehouse the warehouse, or {@code null}
   * @param status where it stands
   * @param lines its lines
   */
  public SalesOrderView {
    lines = List.copyOf(lines);
  }

  /**
   * One line.
   *
   * @param sku the product
   * @param ordered quantity ordered, positive, in the product's unit
   * @param shipped quantity shipped so far, zero or positive
   * @param returned quantity returned so far, zero or positive (at most shipped)
   * @param invoiced quantity invoiced so far (INVOICE recognition), zero or positive
   * @param net the line's net amount, zero or positive (fixed at confirmation; before, what
   *     confirming would fix)
   * @param vat the line's VAT, zero or positive (likewise)
   */
  public record Line(
      Sku sku, Quantity ordered, Quantity shipped, Quantity returned, Quantity invoiced, Money net, Money vat) {}
}
