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

  /**
   * The ids of every warehouse, in registration order: the order in which stock is taken from
   * them. A store may answer from a list it keeps; the default reads {@link #all()}.
   *
   * @return the ids in registration order
   */
  default List<WarehouseId> ids() {
    List<Warehouse> all = all();
    WarehouseId[] ids = new WarehouseId[all.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = all.get(i).id();
    }
    return List.of(ids);
  }
}
