package io.bizloop.crm.port;

import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;

/** What could be promised to a customer now (for quoting). Read-only, side-effect free. */
public interface StockAvailability {

  /**
   * What could be promised of a product now.
   *
   * @param sku the product
   * @param warehouse the warehouse, or {@code null} for all warehouses
   * @return available stock (on hand − reserved), zero or positive
   */
  Quantity availableToPromise(Sku sku, WarehouseId warehouse);
}
