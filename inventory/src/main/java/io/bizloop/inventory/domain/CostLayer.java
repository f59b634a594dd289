package io.bizloop.inventory.domain;

import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import java.util.Objects;

/**
 * A quantity with its value: a FIFO layer, or a part of stock moving with its cost.
 *
 * <p>Invariants: quantity positive, value not negative.
 *
 * @param quantity how much
 * @param value what it is worth in total
 */
public record CostLayer(Quantity quantity, Money value) {

  /**
   * Checks the parts.
   *
   * @param quantity how much
   * @param value what it is worth in total
   * @throws NullPointerException when a part is missing
   * @throws IllegalArgumentException when a part is out of range
   */
  public CostLayer {
    Objects.requireNonNull(quantity, "quantity");
    Objects.requireNonNull(value, "value");
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("a cost layer needs a positive quantity, was " + quantity);
    }
    if (value.isNegative()) {
      throw new IllegalArgumentException("a cost layer cannot have a negative value, was " + value);
    }
  }
}
