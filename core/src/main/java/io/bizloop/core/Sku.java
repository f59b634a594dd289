package io.bizloop.core;

/**
 * A stock-keeping unit, the id of a product.
 *
 * @param value non-blank text without control characters
 */
public record Sku(String value) {

  public Sku {
    Ids.requireText(value, "sku");
  }

  public static Sku of(String value) {
    return new Sku(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
