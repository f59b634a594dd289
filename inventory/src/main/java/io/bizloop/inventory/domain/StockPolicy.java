package io.bizloop.inventory.domain;

import io.bizloop.core.Quantity;
import java.util.Objects;

/**
 * A min/max replenishment policy of a product.
 *
 * <p>Invariants: 0 ≤ reorderPoint ≤ maxStock, same unit.
 *
 * @param reorderPoint below this projected quantity a purchase is suggested
 * @param maxStock the suggestion tops the projected quantity up to this
 */
public record StockPolicy(Quantity reorderPoint, Quantity maxStock) {

  /**
   * Checks the parts.
   *
   * @param reorderPoint below this projected quantity a purchase is suggested
   * @param maxStock the suggestion tops the projected quantity up to this
   * @throws NullPointerException when a part is missing
   * @throws IllegalArgumentException when a part is out of range
   */
  public StockPolicy {
    Objects.requireNonNull(reorderPoint, "reorderPoint");
    Objects.requireNonNull(maxStock, "maxStock");
    if (reorderPoint.isNegative()) {
      throw new IllegalArgumentException("reorder point " + reorderPoint + " is negative");
    }
    if (maxStock.isLessThan(reorderPoint)) {
      throw new IllegalArgumentException("max stock " + maxStock + " is below the reorder point " + reorderPoint);
    }
  }
}
