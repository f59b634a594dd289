package io.bizloop.examples.inmemory;

import io.bizloop.accounting.application.AccountingSettings;
import io.bizloop.core.VatRate;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.RevenueRecognition;
import io.bizloop.inventory.domain.CostingMethod;
import io.bizloop.inventory.application.InventorySettings;
import java.util.Currency;

/**
 * What a company decides once for the whole loop.
 *
 * @param currency the book currency
 * @param vatRate the default VAT rate of products
 * @param pricesIncludeVat whether sales prices include VAT
 * @param recognition where revenue is recognised
 * @param costing the default costing method of products
 */
public record BizloopSettings(
    Currency currency, VatRate vatRate, boolean pricesIncludeVat, RevenueRecognition recognition, CostingMethod costing) {

  /** CNY, 13 % VAT-exclusive prices, revenue at shipment, moving-average costing. */
  public static BizloopSettings chinaDefaults() {
    return new BizloopSettings(
        Currency.getInstance("CNY"), VatRate.STANDARD_CN, false, RevenueRecognition.SHIPMENT, CostingMethod.MOVING_AVERAGE);
  }

  /** The settings of the accounting context: the China small-enterprise chart in this currency. */
  public AccountingSettings accounting() {
    return AccountingSettings.chinaSmallEnterprise(currency);
  }

  /** The settings of the inventory context. */
  public InventorySettings inventory() {
    return new InventorySettings(currency, vatRate, costing);
  }

  /** The settings of the crm context. */
  public CrmSettings crm() {
    return new CrmSettings(currency, vatRate, pricesIncludeVat, recognition);
  }
}
