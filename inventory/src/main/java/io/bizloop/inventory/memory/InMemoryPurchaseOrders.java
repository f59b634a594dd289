package io.bizloop.inventory.memory;

import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.port.PurchaseOrders;
import java.util.List;
import java.util.Optional;

/** In-memory {@link PurchaseOrders}. */
public final class InMemoryPurchaseOrders implements PurchaseOrders {

  private final TxMap<PurchaseOrderId, PurchaseOrder.Snapshot> orders;

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
  public void save(PurchaseOrder order) {
    PurchaseOrder.Snapshot s = order.snapshot();
    PurchaseOrder.Snapshot next =
        new PurchaseOrder.Snapshot(s.id(), s.supplier(), s.warehouse(), s.date(), s.lines(), s.version() + 1);
    Versioned.save(orders, s.id(), s, next, PurchaseOrder.Snapshot::version);
  }
}
