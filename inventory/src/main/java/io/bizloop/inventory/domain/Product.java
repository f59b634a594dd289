package io.bizloop.inventory.domain;

import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.VatRate;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A stocked product.
 *
 * <p>Invariants: every quantity of this product is in {@code unit}; the policy, if any, uses it too.
 *
 * @param sku its id
 * @param name its name
 * @param unit the unit of measure
 * @param costing how its stock items value issues
 * @param vatRate the VAT rate of its sales and purchases
 * @param policy the min/max policy, or {@code null}
 */
public record Product(Sku sku, String name, String unit, CostingMethod costing, VatRate vatRate, StockPolicy policy) {

  /**
   * Checks the parts.
   *
   * @param sku its id
   * @param name its name
   * @param unit the unit of measure
   * @param costing how its stock items value issues
   * @param vatRate the VAT rate of its sales and purchases
   * @param policy the min/max policy, or {@code null}
   * @throws NullPointerException when a part is missing
   * @throws IllegalArgumentException when a part is out of range
   */
  public Product {
    Objects.requireNonNull(sku, "sku");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(costing, "costing");
    Objects.requireNonNull(vatRate, "vatRate");
    if (policy != null
        && (!policy.reorderPoint().unit().equals(unit) || !policy.maxStock().unit().equals(unit))) {
      throw new IllegalArgumentException("policy of " + sku + " is not in " + unit);
    }
  }

  /**
   * The min/max policy.
   *
   * @return the policy, if the product has one
   */
  public Optional<StockPolicy> stockPolicy() {
    return Optional.ofNullable(policy);
  }

  /**
   * A quantity of this product.
   *
   * @param value the amount, at most 4 decimals
   * @return {@code value} in this product's unit
   */
  public Quantity quantity(BigDecimal value) {
    return Quantity.of(value, unit);
  }

  /**
   * No quantity of this product.
   *
   * @return zero in this product's unit
   */
  public Quantity zero() {
    return Quantity.zero(unit);
  }
}
