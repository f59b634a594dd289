package io.bizloop.inventory.application;

import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.util.List;

/**
 * Available-to-promise of a sku: per warehouse (registration order) and in total.
 *
 * @param sku the product
 * @param warehouses available per registered warehouse, in registration order
 * @param total Σ available over the warehouses, ≥ 0
 */
public record Availability(Sku sku, List<InWarehouse> warehouses, Quantity total) {

  /**
   * Keeps the warehouses unmodifiable.
   *
   * @param sku the product
   * @param warehouses available per registered warehouse, in registration order
   * @param total Σ available over the warehouses, ≥ 0
   */
  public Availability {
    warehouses = List.copyOf(warehouses);
  }

  /**
   * Available in one warehouse.
   *
   * @param warehouse the warehouse
   * @param available onHand − reserved there, ≥ 0 (zero where the sku has no stock item)
   */
  public record InWarehouse(WarehouseId warehouse, Quantity available) {}
}
