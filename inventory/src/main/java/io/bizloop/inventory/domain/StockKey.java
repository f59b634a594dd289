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

  /**
   * Equal when sku and warehouse are (written out: faster than the record's generated equality
   * on the hot paths of the in-memory store, where stock keys are map keys).
   *
   * @param other another object
   * @return whether it is the same key
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof StockKey that && sku.equals(that.sku) && warehouse.equals(that.warehouse));
  }

  /**
   * The hash the record would generate.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * sku.hashCode() + warehouse.hashCode();
  }
}
