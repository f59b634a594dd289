package io.bizloop.core;

/**
 * The id of a customer.
 *
 * @param value non-blank text without control characters
 */
public record CustomerId(String value) {

  public CustomerId {
    Ids.requireText(value, "customer id");
  }

  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
