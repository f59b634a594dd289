package io.bizloop.inventory.domain;

import io.bizloop.core.WarehouseId;
import java.util.Objects;

/**
 * A place where stock is kept.
 *
 * <p>Invariants: the name is not blank; {@code sequence} is the registration order (1, 2, ...),
 * which decides the order in which warehouses reserve, ship and are reported.
 *
 * @param id the warehouse id
 * @param name its name
 * @param sequence registration order
 */
public record Warehouse(WarehouseId id, String name, long sequence) {

  /**
   * Checks the parts.
   *
   * @param id the warehouse id
   * @param name its name
   * @param sequence registration order
   * @throws NullPointerException when a part is missing
   * @throws IllegalArgumentException when a part is out of range
   */
  public Warehouse {
    Objects.requireNonNull(id, "id");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("warehouse name is blank");
    }
  }
}
