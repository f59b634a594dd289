package io.bizloop.core;

/**
 * The id of a purchase order.
 *
 * @param value non-blank text without control characters
 */
public record PurchaseOrderId(String value) {

  public PurchaseOrderId {
    Ids.requireText(value, "purchase order id");
  }

  public static PurchaseOrderId of(String value) {
    return new PurchaseOrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
