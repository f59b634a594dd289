package io.bizloop.inventory.memory;

import io.bizloop.core.SalesOrderId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.port.OrderAllocations;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** In-memory {@link OrderAllocations}. */
public final class InMemoryOrderAllocations implements OrderAllocations {

  private final TxMap<SalesOrderId, OrderAllocation.Snapshot> allocations;

  public InMemoryOrderAllocations(InMemoryUnitOfWork unitOfWork) {
    this.allocations = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<OrderAllocation> find(SalesOrderId order) {
    return allocations.get(order).map(OrderAllocation::restore);
  }

  @Override
  public List<OrderAllocation> all() {
    return allocations.values().stream()
        .sorted(Comparator.comparingLong(OrderAllocation.Snapshot::confirmation))
        .map(OrderAllocation::restore)
        .toList();
  }

  @Override
  public void save(OrderAllocation allocation) {
    OrderAllocation.Snapshot s = allocation.snapshot();
    OrderAllocation.Snapshot next =
        new OrderAllocation.Snapshot(
            s.order(), s.customer(), s.warehouse(), s.backorderWarehouse(), s.confirmation(), s.cancelled(),
            s.shipments(), s.lines(), s.version() + 1);
    Versioned.save(allocations, s.order(), s, next, OrderAllocation.Snapshot::version);
  }
}
