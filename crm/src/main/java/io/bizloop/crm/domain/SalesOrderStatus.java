package io.bizloop.crm.domain;

/** The life of a sales order; returns do not change it. */
public enum SalesOrderStatus {
  DRAFT,
  CONFIRMED,
  PARTIALLY_SHIPPED,
  SHIPPED,
  CANCELLED
}
