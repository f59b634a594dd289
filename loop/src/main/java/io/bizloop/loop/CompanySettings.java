package io.bizloop.loop;

import io.bizloop.accounting.application.AccountingSettings;
import io.bizloop.accounting.domain.AccountMapping;
import io.bizloop.accounting.domain.ChartOfAccounts;
import io.bizloop.core.VatRate;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.RevenueRecognition;
import io.bizloop.inventory.application.InventorySettings;
import io.bizloop.inventory.domain.CostingMethod;
import java.util.Currency;
import java.util.Objects;

/**
 * What a company decides once for the whole loop: the book currency, the chart of accounts,
 * the default VAT rate, whether sales prices include VAT, where revenue is recognised and the
 * default costing method. The three contexts' own settings are derived from it, so a host
 * states each choice once.
 *
 * <p>Immutable: every {@code with}-style method answers a new value.
 *
 * <pre>{@code
 * CompanySettings company = CompanySettings.ifrs(Currency.getInstance("EUR"))
 *     .vatRate("0.20").revenueAt(RevenueRecognition.SHIPMENT);
 * }</pre>
 */
public final class CompanySettings {

  private final AccountingSettings books;
  private final VatRate vatRate;
  private final boolean pricesIncludeVat;
  private final RevenueRecognition recognition;
  private final CostingMethod costing;

  private CompanySettings(
      AccountingSettings books, VatRate vatRate, boolean pricesIncludeVat, RevenueRecognition recognition,
      CostingMethod costing) {
    this.books = Objects.requireNonNull(books, "books");
    this.vatRate = Objects.requireNonNull(vatRate, "vatRate");
    this.pricesIncludeVat = pricesIncludeVat;
    this.recognition = Objects.requireNonNull(recognition, "recognition");
    this.costing = Objects.requireNonNull(costing, "costing");
  }

  /**
   * A company on the 小企业会计准则 (China small-enterprise, 2011) chart: 13 % VAT,
   * VAT-exclusive prices, revenue at shipment, moving-average costing.
   *
   * @param currency the book currency (CNY for a Chinese company)
   * @return the settings
   */
  public static CompanySettings china(Currency currency) {
    return of(AccountingSettings.chinaSmallEnterprise(currency)).vatRate(VatRate.STANDARD_CN);
  }

  /**
   * The defaults of the scenario format: CNY on the 小企业会计准则 chart, 13 % VAT,
   * VAT-exclusive prices, revenue at shipment, moving-average costing.
   *
   * @return the settings
   */
  public static CompanySettings chinaDefaults() {
    return china(Currency.getInstance("CNY"));
  }

  /**
   * A company on the generic IFRS-style chart: no VAT until {@link #vatRate(String)} says so,
   * VAT-exclusive prices, revenue at shipment, moving-average costing.
   *
   * @param currency the book currency
   * @return the settings
   */
  public static CompanySettings ifrs(Currency currency) {
    return of(AccountingSettings.ifrsGeneric(currency));
  }

  /**
   * A company on any chart and account mapping the host built: no VAT, VAT-exclusive prices,
   * revenue at shipment, moving-average costing until said otherwise.
   *
   * @param books the currency, chart and the account of each role
   * @return the settings
   */
  public static CompanySettings of(AccountingSettings books) {
    return new CompanySettings(books, VatRate.ZERO, false, RevenueRecognition.SHIPMENT, CostingMethod.MOVING_AVERAGE);
  }

  /**
   * The same company on another chart in the same currency.
   *
   * @param chart the chart of accounts
   * @param mapping the account of each role, every one in {@code chart}
   * @return new settings
   * @throws IllegalArgumentException when a mapped account is not in the chart
   */
  public CompanySettings chart(ChartOfAccounts chart, AccountMapping mapping) {
    return new CompanySettings(
        new AccountingSettings(books.currency(), chart, mapping), vatRate, pricesIncludeVat, recognition, costing);
  }

  /**
   * The same company with another default VAT rate (a product may name its own).
   *
   * @param rate a decimal fraction between 0 and 1 with at most 4 decimals, e.g. {@code "0.20"}
   * @return new settings
   * @throws IllegalArgumentException when the rate is not such a fraction
   */
  public CompanySettings vatRate(String rate) {
    return vatRate(VatRate.of(rate));
  }

  /**
   * The same company with another default VAT rate.
   *
   * @param rate the rate
   * @return new settings
   */
  public CompanySettings vatRate(VatRate rate) {
    return new CompanySettings(books, rate, pricesIncludeVat, recognition, costing);
  }

  /**
   * The same company with sales prices that include VAT ({@code true}) or exclude it.
   *
   * @param include whether sales unit prices include VAT
   * @return new settings
   */
  public CompanySettings pricesIncludeVat(boolean include) {
    return new CompanySettings(books, vatRate, include, recognition, costing);
  }

  /**
   * The same company recognising revenue at another point.
   *
   * @param point order confirmation, shipment or invoice
   * @return new settings
   */
  public CompanySettings revenueAt(RevenueRecognition point) {
    return new CompanySettings(books, vatRate, pricesIncludeVat, point, costing);
  }

  /**
   * The same company with another default costing method (a product may name its own).
   *
   * @param method moving average or FIFO
   * @return new settings
   */
  public CompanySettings costing(CostingMethod method) {
    return new CompanySettings(books, vatRate, pricesIncludeVat, recognition, method);
  }

  /**
   * The book currency.
   *
   * @return the currency every amount of the company is in
   */
  public Currency currency() {
    return books.currency();
  }

  /**
   * The default VAT rate of products.
   *
   * @return the rate
   */
  public VatRate vatRate() {
    return vatRate;
  }

  /**
   * Whether sales unit prices include VAT.
   *
   * @return true when they do
   */
  public boolean pricesIncludeVat() {
    return pricesIncludeVat;
  }

  /**
   * Where revenue is recognised.
   *
   * @return the recognition point
   */
  public RevenueRecognition recognition() {
    return recognition;
  }

  /**
   * The default costing method of products.
   *
   * @return the method
   */
  public CostingMethod costing() {
    return costing;
  }

  /**
   * The settings of the accounting context: currency, chart and account mapping.
   *
   * @return accounting's settings
   */
  public AccountingSettings accounting() {
    return books;
  }

  /**
   * The settings of the inventory context.
   *
   * @return inventory's settings
   */
  public InventorySettings inventory() {
    return new InventorySettings(currency(), vatRate, costing);
  }

  /**
   * The settings of the crm context.
   *
   * @return crm's settings
   */
  public CrmSettings crm() {
    return new CrmSettings(currency(), vatRate, pricesIncludeVat, recognition);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CompanySettings that
        && books.equals(that.books)
        && vatRate.equals(that.vatRate)
        && pricesIncludeVat == that.pricesIncludeVat
        && recognition == that.recognition
        && costing == that.costing;
  }

  @Override
  public int hashCode() {
    return Objects.hash(books, vatRate, pricesIncludeVat, recognition, costing);
  }

  @Override
  public String toString() {
    return "CompanySettings[" + currency() + ", " + books.chart().name() + ", VAT " + vatRate
        + (pricesIncludeVat ? " included" : " excluded") + ", revenue at " + recognition + ", " + costing + "]";
  }
}
