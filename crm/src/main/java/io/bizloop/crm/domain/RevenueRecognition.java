package io.bizloop.crm.domain;

/** The point at which the company recognises the revenue of a sales order (design.md "Posting rules"). */
public enum RevenueRecognition {
  /** The whole order when it is confirmed. */
  ORDER_CONFIRMATION,
  /** Each shipment's share of the order (the default). */
  SHIPMENT,
  /** Each invoice's share: what is shipped and not yet invoiced. */
  INVOICE
}
