package io.bizloop.crm.port;

import io.bizloop.core.VatRate;
import java.util.Objects;

/**
 * What the catalog says about a product that a sales line needs.
 *
 * @param unit the product's unit of measure (quantities are built in it)
 * @param vatRate the product's VAT rate
 */
public record ProductTerms(String unit, VatRate vatRate) {
  /**
   * Checks that both parts are given.
   *
   * @param unit the unit of measure
   * @param vatRate the VAT rate
   * @throws NullPointerException when a part is missing
   */
  public ProductTerms {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(vatRate, "vatRate");
  }
}
