package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.port.PurchaseOrders;
import java.util.List;
import java.util.Optional;

/** Purchase orders in {@code bizloop_purchase_order}; a stale save answers CONFLICT. */
final class JdbcPurchaseOrders implements PurchaseOrders {

  private final SnapshotTable<PurchaseOrder.Snapshot> table;

  JdbcPurchaseOrders(Sql sql) {
    this.table =
        SnapshotTable.byId(
            sql, "bizloop_purchase_order", PurchaseOrder.Snapshot.class, s -> s.id().value(), PurchaseOrder.Snapshot::version,
            PurchaseOrder.Snapshot::nextVersion);
  }

  public JdbcPurchaseOrders(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<PurchaseOrder> find(PurchaseOrderId id) {
    return table.find(id.value()).map(PurchaseOrder::restore);
  }

  @Override
  public List<PurchaseOrder> all() {
    return table.all().stream().map(PurchaseOrder::restore).toList();
  }

  @Override
  public Outcome<Void> save(PurchaseOrder order) {
    return table.save(order.snapshot());
  }
}
