package io.bizloop.crm.port;

import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/** The products and warehouses the company has (kept by inventory; the host answers). Read-only, side-effect free. */
public interface Catalog {

  /**
   * The terms of a product.
   *
   * @param sku the product
   * @return its unit and VAT rate, or empty when the sku is unknown
   */
  Optional<ProductTerms> product(Sku sku);

  /**
   * Whether a warehouse exists.
   *
   * @param warehouse its id
   * @return true when a warehouse of that id exists
   */
  boolean warehouseExists(WarehouseId warehouse);

  /**
   * Whether any warehouse exists (an order naming none can only be confirmed then). Used to put a
   * confirmation's INVALID_STATE (no warehouse) before its CREDIT_LIMIT; the default, for a
   * catalog that cannot tell, answers true and leaves that check to inventory.
   *
   * @return true when at least one warehouse exists
   */
  default boolean hasWarehouses() {
    return true;
  }

  /**
   * A catalog answered by two functions, e.g. over inventory's queries.
   *
   * @param products the terms of a sku, or empty when unknown
   * @param warehouses whether a warehouse exists
   * @return the catalog
   */
  static Catalog of(Function<Sku, Optional<ProductTerms>> products, Predicate<WarehouseId> warehouses) {
    Objects.requireNonNull(products, "products");
    Objects.requireNonNull(warehouses, "warehouses");
    return new Catalog() {
      @Override
      public Optional<ProductTerms> product(Sku sku) {
        return products.apply(sku);
      }

      @Override
      public boolean warehouseExists(WarehouseId warehouse) {
        return warehouses.test(warehouse);
      }
    };
  }
}
