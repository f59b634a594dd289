package io.bizloop.inventory.domain;

import io.bizloop.core.SupplierId;
import java.util.Objects;

/**
 * Someone the company buys from.
 *
 * @param id the supplier id
 * @param name its name
 */
public record Supplier(SupplierId id, String name) {

  /**
   * Checks the parts.
   *
   * @param id the supplier id
   * @param name its name
   * @throws NullPointerException when a part is missing
   */
  public Supplier {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
