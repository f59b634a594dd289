package io.bizloop.loop;

import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.accounting.application.Accounting;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.ProductTerms;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.inventory.application.Inventory;
import java.util.Optional;

/**
 * crm's ports to inventory and accounting, answered from their queries: the loop's own wiring.
 */
final class Neighbours {

  private Neighbours() {}

  /** crm's catalog: the products and warehouses inventory knows. */
  static Catalog catalog(Inventory inventory) {
    return new Catalog() {
      @Override
      public Optional<ProductTerms> product(Sku sku) {
        return inventory.product(sku).map(p -> new ProductTerms(p.unit(), p.vatRate()));
      }

      @Override
      public boolean warehouseExists(WarehouseId warehouse) {
        return inventory.hasWarehouse(warehouse);
      }

      @Override
      public boolean hasWarehouses() {
        return !inventory.warehouses().isEmpty();
      }
    };
  }

  /** crm's receivables: accounting's open items and customer advances. */
  static Receivables receivables(Accounting accounting) {
    return Receivables.of(accounting::openReceivable, accounting::customerAdvance);
  }

  /** crm's availability: inventory's available-to-promise in one warehouse, or in all when none is named. */
  static StockAvailability availability(Inventory inventory) {
    return (sku, warehouse) ->
        warehouse == null ? inventory.availableToPromise(sku).total() : inventory.availableToPromise(sku, warehouse);
  }
}
