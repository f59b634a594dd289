package io.bizloop.examples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.bizloop.core.VatRate;
import io.bizloop.crm.domain.RevenueRecognition;
import io.bizloop.loop.CompanySettings;
import io.bizloop.inventory.domain.CostingMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The company a scenario runs for: its currency, first business date, default VAT rate, whether
 * sales prices include VAT, where revenue is recognised and the default costing method.
 *
 * @param currency the book currency
 * @param startDate the business date of a first step without {@code on}
 * @param vatRate the default VAT rate
 * @param pricesIncludeVat whether sales prices include VAT
 * @param revenueRecognition ORDER_CONFIRMATION, SHIPMENT or INVOICE
 * @param costing MOVING_AVERAGE or FIFO
 */
public record Company(
    Currency currency,
    LocalDate startDate,
    VatRate vatRate,
    boolean pricesIncludeVat,
    String revenueRecognition,
    String costing) {

  /** The library settings this company implies: the 小企业会计准则 chart in its currency. */
  public CompanySettings settings() {
    return CompanySettings.china(currency)
        .vatRate(vatRate)
        .pricesIncludeVat(pricesIncludeVat)
        .revenueAt(RevenueRecognition.valueOf(revenueRecognition))
        .costing(CostingMethod.valueOf(costing));
  }

  /** The defaults of scenario-format.md. */
  public static Company defaults() {
    return new Company(
        Currency.getInstance("CNY"), LocalDate.of(2026, 11, 1), VatRate.STANDARD_CN, false, "SHIPMENT", "MOVING_AVERAGE");
  }

  /** Reads the {@code company} object; absent fields take the defaults. */
  static Company read(JsonNode node) throws NotAScenario {
    Company defaults = defaults();
    if (node == null || node.isNull()) {
      return defaults;
    }
    if (!node.isObject()) {
      throw new NotAScenario("company must be an object");
    }
    StepFields fields = new StepFields(node, "company.");
    try {
      String code = fields.optionalText("currency");
      Currency currency = code == null ? defaults.currency() : currency(code);
      if (currency.getDefaultFractionDigits() < 0) {
        throw new NotAScenario("company.currency " + code + " has no minor unit");
      }
      LocalDate start = fields.optionalDate("startDate");
      BigDecimal rate = fields.optionalDecimal("vatRate");
      Boolean inclusive = fields.optionalBoolean("pricesIncludeVat");
      String recognition = oneOf(fields.optionalText("revenueRecognition"), defaults.revenueRecognition(),
          "revenueRecognition", "ORDER_CONFIRMATION", "SHIPMENT", "INVOICE");
      String costing = oneOf(fields.optionalText("costing"), defaults.costing(), "costing", "MOVING_AVERAGE", "FIFO");
      return new Company(
          currency,
          start == null ? defaults.startDate() : start,
          rate == null ? defaults.vatRate() : vatRate(rate),
          inclusive != null && inclusive,
          recognition,
          costing);
    } catch (InvalidStep e) {
      throw new NotAScenario(e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new NotAScenario("company is unusable: " + e.getMessage());
    }
  }

  private static Currency currency(String code) throws NotAScenario {
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new NotAScenario("company.currency " + io.bizloop.core.Ids.quote(code) + " is not an ISO 4217 currency code");
    }
  }

  private static VatRate vatRate(BigDecimal rate) throws NotAScenario {
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0 || rate.scale() > 4 && rate.stripTrailingZeros().scale() > 4) {
      throw new NotAScenario("company.vatRate must be between 0 and 1 with at most 4 decimals");
    }
    return new VatRate(rate);
  }

  private static String oneOf(String value, String fallback, String field, String... allowed) throws NotAScenario {
    if (value == null) {
      return fallback;
    }
    for (String candidate : allowed) {
      if (candidate.equals(value)) {
        return value;
      }
    }
    throw new NotAScenario("company." + field + " '" + value + "' is not one of " + String.join(", ", allowed));
  }
}
