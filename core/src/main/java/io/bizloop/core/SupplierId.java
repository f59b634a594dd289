package io.bizloop.core;

/**
 * The id of a supplier.
 *
 * @param value non-blank text without control characters
 */
public record SupplierId(String value) {

  public SupplierId {
    Ids.requireText(value, "supplier id");
  }

  public static SupplierId of(String value) {
    return new SupplierId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
