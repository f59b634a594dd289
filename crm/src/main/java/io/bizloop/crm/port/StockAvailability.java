package io.bizloop.crm.port;

import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;

/** What could be promised to a customer now (for quoting). Read-only, side-effect free. */
public interface StockAvailability {

  /** Available stock (on hand − reserved) of {@code sku} in {@code warehouse}, or in all warehouses when it is {@code null}. */
  Quantity availableToPromise(Sku sku, WarehouseId warehouse);
}
