package io.bizloop.accounting.domain;

/** Whether a party owes the company (a customer) or is owed by it (a supplier). */
public enum PartyKind {
  CUSTOMER,
  SUPPLIER
}
