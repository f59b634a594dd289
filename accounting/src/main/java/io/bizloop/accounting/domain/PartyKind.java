package io.bizloop.accounting.domain;

/** Whether a party owes the company (a customer) or is owed by it (a supplier). */
public enum PartyKind {
  /** A customer: its open items are receivables, its advance is a liability (2203). */
  CUSTOMER,
  /** A supplier: its open items are payables, its prepayment is an asset (1123). */
  SUPPLIER
}
