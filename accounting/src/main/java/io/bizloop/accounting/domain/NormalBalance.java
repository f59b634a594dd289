package io.bizloop.accounting.domain;

/** The side on which an account's balance normally stands. */
public enum NormalBalance {
  DEBIT,
  CREDIT
}
