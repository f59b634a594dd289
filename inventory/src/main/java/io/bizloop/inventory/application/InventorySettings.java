package io.bizloop.inventory.application;

import io.bizloop.core.VatRate;
import io.bizloop.inventory.domain.CostingMethod;
import java.util.Currency;
import java.util.Objects;

/**
 * The company-wide settings inventory works with.
 *
 * @param currency the currency of stock values
 * @param defaultVatRate the VAT rate of a product that names none
 * @param defaultCosting the costing method of a product that names none
 */
public record InventorySettings(Currency currency, VatRate defaultVatRate, CostingMethod defaultCosting) {

  /**
   * Checks that every setting is given.
   *
   * @param currency the currency of stock values
   * @param defaultVatRate the VAT rate of a product that names none
   * @param defaultCosting the costing method of a product that names none
   * @throws NullPointerException when one is missing
   */
  public InventorySettings {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(defaultVatRate, "defaultVatRate");
    Objects.requireNonNull(defaultCosting, "defaultCosting");
  }

  /**
   * The defaults of a Chinese company.
   *
   * @return CNY, 13 %, moving average
   */
  public static InventorySettings chinaDefaults() {
    return new InventorySettings(Currency.getInstance("CNY"), VatRate.STANDARD_CN, CostingMethod.MOVING_AVERAGE);
  }
}
