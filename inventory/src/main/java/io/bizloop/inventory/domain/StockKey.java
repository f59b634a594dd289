package io.bizloop.inventory.domain;

import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.util.Objects;

/**
 * The identity of a stock item: one sku in one warehouse.
 *
 * @param sku the product
 * @param warehouse the warehouse
 */
public record StockKey(Sku sku, WarehouseId warehouse) {

  /**
   * Checks the parts.
   *
   * @param sku the product
   * @param warehouse the warehouse
   * @throws NullPointerException when a part is missing
   */
  public StockKey {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(warehouse, "warehouse");
  }

  @Override
  public String toString() {
    return sku + "@" + warehouse;
  }
}
