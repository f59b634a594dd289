package io.bizloop.inventory.application;

import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.domain.StockPolicy;
import java.util.List;
import java.util.Optional;

/**
 * The purchase-suggestion rule of design.md for one stock item: projected = onHand − reserved −
 * backordered + incoming; with a min/max policy, projected &lt; reorderPoint suggests maxStock −
 * projected; without one, backordered &gt; incoming suggests backordered − incoming.
 */
final class SuggestionRule {

  private SuggestionRule() {}

  /** The suggested quantity, or empty when nothing (or nothing positive) is suggested. */
  static Optional<Quantity> quantity(
      Optional<StockPolicy> policy, Quantity onHand, Quantity reserved, Quantity backordered, Quantity incoming) {
    Quantity projected = onHand.minus(reserved).minus(backordered).plus(incoming);
    Quantity quantity = null;
    if (policy.isPresent()) {
      if (projected.isLessThan(policy.get().reorderPoint())) {
        quantity = policy.get().maxStock().minus(projected);
      }
    } else if (backordered.isGreaterThan(incoming)) {
      quantity = backordered.minus(incoming);
    }
    return quantity != null && quantity.isPositive() ? Optional.of(quantity) : Optional.empty();
  }

  /** What open purchase orders bring of {@code sku} into {@code warehouse}. */
  static Quantity incoming(List<PurchaseOrder> orders, Sku sku, WarehouseId warehouse, Quantity zero) {
    Quantity total = zero;
    for (PurchaseOrder po : orders) {
      if (!po.warehouse().equals(warehouse)) {
        continue;
      }
      Optional<PurchaseOrder.Line> line = po.line(sku);
      if (line.isPresent() && line.get().open().isPositive()) {
        total = total.plus(line.get().open());
      }
    }
    return total;
  }

  /** What open orders wait for of {@code sku}, counted under {@code warehouse}. */
  static Quantity backordered(List<OrderAllocation> allocations, Sku sku, WarehouseId warehouse, Quantity zero) {
    Quantity total = zero;
    for (OrderAllocation allocation : allocations) {
      if (allocation.cancelled() || !allocation.backorderWarehouse().equals(warehouse)) {
        continue;
      }
      Optional<OrderAllocation.Line> line = allocation.line(sku);
      if (line.isPresent() && line.get().backordered().isPositive()) {
        total = total.plus(line.get().backordered());
      }
    }
    return total;
  }
}
