package io.bizloop.accounting.domain;

/** What caused a journal entry. */
public enum EntryKind {
  /** A manual entry. */
  MANUAL,
  /** A reversal of another entry. */
  REVERSAL,
  /** Goods received from a supplier. */
  PURCHASE_RECEIPT,
  /** A supplier prepayment applied to a new payable. */
  PREPAYMENT_APPLIED,
  /** Cost of goods shipped. */
  SHIPMENT,
  /** Revenue recognised for a sales order. */
  REVENUE,
  /** A customer advance applied to a new receivable. */
  ADVANCE_APPLIED,
  /** A credit note to a customer. */
  CREDIT_NOTE,
  /** Cost of goods returned by a customer. */
  RETURN,
  /** A stock count difference. */
  STOCK_ADJUSTMENT,
  /** A payment received from a customer. */
  PAYMENT_RECEIVED,
  /** A payment made to a supplier. */
  SUPPLIER_PAID
}
