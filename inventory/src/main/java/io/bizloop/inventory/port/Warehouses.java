package io.bizloop.inventory.port;

import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.Warehouse;
import java.util.List;
import java.util.Optional;

/** The registered warehouses. Contract: {@link #add} stores a new warehouse only once (answers false when the id exists). */
public interface Warehouses {

  Optional<Warehouse> find(WarehouseId id);

  /** All warehouses in registration order (by {@link Warehouse#sequence()}). */
  List<Warehouse> all();

  boolean add(Warehouse warehouse);
}
