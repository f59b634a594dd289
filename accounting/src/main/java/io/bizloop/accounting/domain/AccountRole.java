package io.bizloop.accounting.domain;

/** What an account is used for by the posting rules; an {@link AccountMapping} gives each role a code. */
public enum AccountRole {
  RECEIVABLE(true),
  PAYABLE(true),
  INVENTORY(true),
  REVENUE(false),
  COGS(false),
  INPUT_VAT(false),
  OUTPUT_VAT(false),
  BANK(false),
  CUSTOMER_ADVANCES(true),
  SUPPLIER_PREPAYMENTS(true),
  STOCK_DIFFERENCES(false);

  private final boolean control;

  AccountRole(boolean control) {
    this.control = control;
  }

  /**
   * Whether the account is a control account kept by a sub-ledger (customer and supplier open
   * items, stock); manual journal lines on it are refused.
   */
  public boolean isControl() {
    return control;
  }
}
