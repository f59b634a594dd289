package io.bizloop.inventory.application;

import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import java.math.BigDecimal;
import java.util.List;

/**
 * A purchase order as the reports show it.
 *
 * @param id the order
 * @param supplier who delivers
 * @param warehouse where to
 * @param lines per sku, in order
 * @param fullyReceived whether nothing is open
 */
public record PurchaseOrderView(
    PurchaseOrderId id, SupplierId supplier, WarehouseId warehouse, List<Line> lines, boolean fullyReceived) {

  /**
   * Keeps the lines unmodifiable.
   *
   * @param id the order
   * @param supplier who delivers
   * @param warehouse where to
   * @param lines per sku, in order
   * @param fullyReceived whether nothing is open
   */
  public PurchaseOrderView {
    lines = List.copyOf(lines);
  }

  /**
   * One line.
   *
   * @param sku the product
   * @param ordered how much was ordered, positive
   * @param received how much arrived so far, between 0 and ordered
   * @param open ordered − received, ≥ 0: the incoming quantity
   * @param unitCost VAT-exclusive cost per unit, positive
   */
  public record Line(Sku sku, Quantity ordered, Quantity received, Quantity open, BigDecimal unitCost) {}
}
