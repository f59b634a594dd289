package io.bizloop.inventory.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.Warehouse;
import io.bizloop.inventory.port.Warehouses;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Warehouses}: thread-safe, a warehouse stored once per id. */
public final class InMemoryWarehouses implements Warehouses {

  private final TxMap<WarehouseId, Warehouse> warehouses;

  /**
   * An empty store whose writes are undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work the store takes part in
   */
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
  public Outcome<Void> save(Warehouse warehouse) {
    return Versioned.insert(warehouses, warehouse.id(), warehouse);
  }
}
