package io.bizloop.inventory.domain;

import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import java.util.List;
import java.util.Objects;

/**
 * What left a stock item: the quantity, its cost, and the cost layers it came out as (one
 * layer under moving average, the layers taken oldest first under FIFO).
 *
 * @param quantity how much left
 * @param cost its cost (Σ layer values)
 * @param layers the layers taken, oldest first
 */
public record Issue(Quantity quantity, Money cost, List<CostLayer> layers) {

  /**
   * Checks the parts.
   *
   * @param quantity how much left
   * @param cost its cost (Σ layer values)
   * @param layers the layers taken, oldest first
   * @throws NullPointerException when a part is missing
   */
  public Issue {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(cost, "cost");
    layers = List.copyOf(layers);
  }
}
