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

  /** The warehouses in registration order, as of a number of changes of the map (kept until it changes). */
  private record Sorted(long changes, List<Warehouse> list, List<WarehouseId> ids) {}

  private volatile Sorted sorted;

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
    return sorted().list();
  }

  @Override
  public List<WarehouseId> ids() {
    return sorted().ids();
  }

  private Sorted sorted() {
    Sorted cached = sorted;
    long changes = warehouses.changes(); // before the values: a change in between makes the next call rebuild
    if (cached != null && cached.changes() == changes) {
      return cached;
    }
    List<Warehouse> list = warehouses.values().stream().sorted(Comparator.comparingLong(Warehouse::sequence)).toList();
    Sorted fresh = new Sorted(changes, list, list.stream().map(Warehouse::id).toList());
    sorted = fresh;
    return fresh;
  }

  @Override
  public Outcome<Void> save(Warehouse warehouse) {
    return Versioned.insert(warehouses, warehouse.id(), warehouse);
  }
}
