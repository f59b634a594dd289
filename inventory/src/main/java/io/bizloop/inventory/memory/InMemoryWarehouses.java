package io.bizloop.inventory.memory;

import io.bizloop.core.WarehouseId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.Warehouse;
import io.bizloop.inventory.port.Warehouses;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Warehouses}. */
public final class InMemoryWarehouses implements Warehouses {

  private final TxMap<WarehouseId, Warehouse> warehouses;

  public InMemoryWarehouses(InMemoryUnitOfWork unitOfWork) {
    this.warehouses = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<Warehouse> find(WarehouseId id) {
    return warehouses.get(id);
  }

  @Override
  public List<Warehouse> all() {
    return warehouses.values().stream().sorted(Comparator.comparingLong(Warehouse::sequence)).toList();
  }

  @Override
  public boolean add(Warehouse warehouse) {
    return warehouses.putIf(warehouse.id(), warehouse, (current, next) -> current == null);
  }
}
