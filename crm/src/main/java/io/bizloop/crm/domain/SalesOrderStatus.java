package io.bizloop.crm.domain;

/** The life of a sales order; returns do not change it. */
public enum SalesOrderStatus {
  /** Placed, not yet confirmed: nothing is reserved or fixed. */
  DRAFT,
  /** Confirmed: its lines' amounts are fixed and inventory reserves for it; nothing shipped yet. */
  CONFIRMED,
  /** Some, not all, of the ordered quantity has shipped. */
  PARTIALLY_SHIPPED,
  /** Every line has shipped in full. */
  SHIPPED,
  /** Cancelled before anything shipped; final. */
  CANCELLED
}
