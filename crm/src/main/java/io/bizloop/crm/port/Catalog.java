package io.bizloop.crm.port;

import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.util.Optional;

/** The products and warehouses the company has (kept by inventory; the host answers). Read-only, side-effect free. */
public interface Catalog {

  /** The terms of a product, or empty when the sku is unknown. */
  Optional<ProductTerms> product(Sku sku);

  /** Whether a warehouse of that id exists. */
  boolean warehouseExists(WarehouseId warehouse);
}
