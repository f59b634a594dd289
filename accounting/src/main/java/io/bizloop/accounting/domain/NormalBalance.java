package io.bizloop.accounting.domain;

/** The side on which an account's balance normally stands. */
public enum NormalBalance {
  /** The balance normally stands on the debit side (assets, expenses). */
  DEBIT,
  /** The balance normally stands on the credit side (liabilities, equity, revenue). */
  CREDIT
}
