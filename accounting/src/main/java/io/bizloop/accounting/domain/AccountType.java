package io.bizloop.accounting.domain;

/** The class of an account, which decides where it is reported. */
public enum AccountType {
  /** 资产: on the balance sheet, debit side. */
  ASSET,
  /** 负债: on the balance sheet, credit side. */
  LIABILITY,
  /** 所有者权益: on the balance sheet, credit side. */
  EQUITY,
  /** 成本: work in progress and overheads, reported with the assets. */
  COST,
  /** 损益 income: on the income statement, credit side. */
  REVENUE,
  /** 损益 expense: on the income statement, debit side. */
  EXPENSE;

  /**
   * Whether the account is reported on the income statement.
   *
   * @return true for revenue and expense accounts
   */
  public boolean isProfitAndLoss() {
    return this == REVENUE || this == EXPENSE;
  }
}
