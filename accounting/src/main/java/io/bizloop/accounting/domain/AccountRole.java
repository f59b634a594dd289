package io.bizloop.accounting.domain;

/**
 * What an account is used for by the posting rules and by hosts; an {@link AccountMapping} gives
 * each role a code of the chart.
 *
 * <p>A control role's account is kept by a sub-ledger (customer and supplier open items, stock):
 * manual journal lines on it are refused.
 */
public enum AccountRole {
  /** Trade receivables (1122 应收账款): what customers owe; control account of the customers' open items. */
  RECEIVABLE(true),
  /** Trade payables (2202 应付账款): what the company owes suppliers; control account of their open items. */
  PAYABLE(true),
  /** Goods in stock (1405 库存商品): control account of the stock values. */
  INVENTORY(true),
  /** Revenue from the sale of goods (5001 主营业务收入). */
  REVENUE(false),
  /** Cost of goods sold (5401 主营业务成本). */
  COGS(false),
  /** Input VAT recoverable on purchases (22210101 进项税额). */
  INPUT_VAT(false),
  /** Output VAT payable on sales (22210102 销项税额). */
  OUTPUT_VAT(false),
  /** The bank account payments go through (1002 银行存款). */
  BANK(false),
  /** Customer advances (2203 预收账款): what customers paid beyond their open items. */
  CUSTOMER_ADVANCES(true),
  /** Supplier prepayments (1123 预付账款): what the company paid suppliers beyond their open items. */
  SUPPLIER_PREPAYMENTS(true),
  /** Stock count differences pending (1901 待处理财产损溢). */
  STOCK_DIFFERENCES(false),
  /** Owners' paid-in capital (3001 实收资本; share capital): where opening capital is credited. */
  PAID_IN_CAPITAL(false),
  /** Profit of the current year before it is appropriated (3103 本年利润). */
  PROFIT_FOR_THE_YEAR(false),
  /** Retained earnings, profit appropriated and carried forward (3104 利润分配). */
  RETAINED_EARNINGS(false);

  private final boolean control;

  AccountRole(boolean control) {
    this.control = control;
  }

  /**
   * Whether the account is a control account kept by a sub-ledger (customer and supplier open
   * items, stock); manual journal lines on it are refused.
   *
   * @return true for a control account
   */
  public boolean isControl() {
    return control;
  }
}
