package io.bizloop.accounting.domain;

/** Which financial statement a layout lays out. */
public enum StatementKind {
  /** 资产负债表, statement of financial position: balances as of a date. */
  BALANCE_SHEET,
  /** 利润表, income statement: movements over a period. */
  INCOME_STATEMENT
}
