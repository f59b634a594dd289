package io.bizloop.crm.memory;

import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Outcome;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.SalesOrders;
import java.util.List;
import java.util.Optional;

/**
 * In-memory {@link SalesOrders}: snapshots with optimistic locking, rolled back with their unit of
 * work; a one-line order's snapshot is kept packed ({@link PackedOrder}).
 */
public final class InMemorySalesOrders implements SalesOrders {

  private final SnapshotStore<SalesOrderId, Object> store;

  /**
   * An empty store whose writes are undone when {@code unitOfWork} rolls back.
   *
   * @param unitOfWork the unit of work writes belong to
   */
  public InMemorySalesOrders(InMemoryUnitOfWork unitOfWork) {
    this.store = SnapshotStore.withoutLookups(unitOfWork);
  }

  @Override
  public Optional<SalesOrder> find(SalesOrderId id) {
    return store.get(id).map(stored -> SalesOrder.restore(PackedOrder.unpack(stored)));
  }

  @Override
  public boolean exists(SalesOrderId id) {
    return store.contains(id);
  }

  @Override
  public Outcome<Void> save(SalesOrder aggregate) {
    SalesOrder.Snapshot snapshot = aggregate.nextSnapshot();
    return store.saveNext(snapshot.id(), PackedOrder.pack(snapshot), PackedOrder::version, () -> "order " + snapshot.id());
  }

  @Override
  public List<SalesOrder> all() {
    return store.all().stream().map(stored -> SalesOrder.restore(PackedOrder.unpack(stored))).toList();
  }
}
