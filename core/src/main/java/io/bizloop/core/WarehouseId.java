package io.bizloop.core;

/**
 * The id of a warehouse.
 *
 * @param value non-blank text without control characters
 */
public record WarehouseId(String value) {

  public WarehouseId {
    Ids.requireText(value, "warehouse id");
  }

  public static WarehouseId of(String value) {
    return new WarehouseId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
