package io.bizloop.core;

/**
 * The id of a sales order.
 *
 * @param value non-blank text without control characters
 */
public record SalesOrderId(String value) {

  public SalesOrderId {
    Ids.requireText(value, "sales order id");
  }

  public static SalesOrderId of(String value) {
    return new SalesOrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
