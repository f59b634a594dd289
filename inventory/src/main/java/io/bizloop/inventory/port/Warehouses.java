package io.bizloop.inventory.port;

import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.Repository;
import io.bizloop.inventory.domain.Warehouse;
import java.util.List;

/**
 * The registered warehouses, by id.
 *
 * <p>Contract: the one repository contract of {@link Repository}. A warehouse never changes once
 * registered, so {@link #save} stores a warehouse only when its id is absent and otherwise stores
 * nothing and answers {@code CONFLICT}.
 */
public interface Warehouses extends Repository<WarehouseId, Warehouse> {

  /**
   * Every warehouse.
   *
   * @return all warehouses in registration order (by {@link Warehouse#sequence()})
   */
  List<Warehouse> all();
}
