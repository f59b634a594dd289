package io.bizloop.inventory.application;

import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.util.List;

/**
 * Available-to-promise of a sku: per warehouse (registration order) and in total.
 *
 * @param sku the product
 * @param warehouses available per warehouse
 * @param total Σ available
 */
public record Availability(Sku sku, List<InWarehouse> warehouses, Quantity total) {

  public Availability {
    warehouses = List.copyOf(warehouses);
  }

  /**
   * Available in one warehouse.
   *
   * @param warehouse the warehouse
   * @param available onHand − reserved there
   */
  public record InWarehouse(WarehouseId warehouse, Quantity available) {}
}
