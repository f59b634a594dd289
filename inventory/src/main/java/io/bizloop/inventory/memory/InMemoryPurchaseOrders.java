package io.bizloop.inventory.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.port.PurchaseOrders;
import java.util.List;
import java.util.Optional;

/** In-memory {@link PurchaseOrders}: snapshots in a thread-safe {@link TxMap}, optimistic locking by version. */
public final class InMemoryPurchaseOrders implements PurchaseOrders {

  private final TxMap<PurchaseOrderId, PurchaseOrder.Snapshot> orders;

  /**
   * An empty store whose writes are undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work the store takes part in
   */
  public InMemoryPurchaseOrders(InMemoryUnitOfWork unitOfWork) {
    this.orders = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<PurchaseOrder> find(PurchaseOrderId id) {
    return orders.get(id).map(PurchaseOrder::restore);
  }

  @Override
  public List<PurchaseOrder> all() {
    return orders.values().stream().map(PurchaseOrder::restore).toList();
  }

  @Override
  public Outcome<Void> save(PurchaseOrder order) {
    PurchaseOrder.Snapshot s = order.snapshot();
    return Versioned.saveNext(orders, s.id(), s.nextVersion(), PurchaseOrder.Snapshot::version);
  }
}
