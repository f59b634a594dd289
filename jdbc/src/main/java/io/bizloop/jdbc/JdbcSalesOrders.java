package io.bizloop.jdbc;

import io.bizloop.core.SalesOrderId;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.SalesOrders;
import io.bizloop.core.Outcome;
import java.util.List;
import java.util.Optional;

/** {@link SalesOrders} in {@code bizloop_sales_order}: optimistic locking on its version, {@code all} in the order first saved. */
final class JdbcSalesOrders implements SalesOrders {

  private final SnapshotTable<SalesOrder.Snapshot> table;

  JdbcSalesOrders(Sql sql) {
    this.table =
        SnapshotTable.byId(
            sql, "bizloop_sales_order", SalesOrder.Snapshot.class, s -> s.id().value(), SalesOrder.Snapshot::version,
            s -> s.withVersion(s.version() + 1));
  }

  public JdbcSalesOrders(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<SalesOrder> find(SalesOrderId id) {
    return table.find(id.value()).map(SalesOrder::restore);
  }

  @Override
  public boolean exists(SalesOrderId id) {
    return table.exists(id.value());
  }

  @Override
  public Outcome<Void> save(SalesOrder order) {
    return table.save(order.snapshot());
  }

  @Override
  public List<SalesOrder> all() {
    return table.all().stream().map(SalesOrder::restore).toList();
  }
}
