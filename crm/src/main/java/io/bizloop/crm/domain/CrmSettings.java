package io.bizloop.crm.domain;

import io.bizloop.core.VatRate;
import java.util.Currency;
import java.util.Objects;

/**
 * The company settings the front office works with.
 *
 * @param currency the company currency (amounts typed by users may not have more decimals than it)
 * @param defaultVatRate the VAT rate of a product whose catalog entry names none
 * @param pricesIncludeVat whether sales unit prices include VAT
 * @param recognition when revenue is recognised
 */
public record CrmSettings(
    Currency currency, VatRate defaultVatRate, boolean pricesIncludeVat, RevenueRecognition recognition) {

  /**
   * Checks the required parts.
   *
   * @param currency the company currency
   * @param defaultVatRate the default VAT rate
   * @param pricesIncludeVat whether sales prices include VAT
   * @param recognition when revenue is recognised
   * @throws NullPointerException when a part is missing
   */
  public CrmSettings {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(defaultVatRate, "defaultVatRate");
    Objects.requireNonNull(recognition, "recognition");
  }

  /**
   * CNY, 13 %, VAT-exclusive prices, revenue at shipment: the defaults of scenario-format.md.
   *
   * @return the default settings
   */
  public static CrmSettings defaults() {
    return new CrmSettings(Currency.getInstance("CNY"), VatRate.STANDARD_CN, false, RevenueRecognition.SHIPMENT);
  }
}
