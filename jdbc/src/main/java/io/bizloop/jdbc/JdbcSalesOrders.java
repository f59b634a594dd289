package io.bizloop.jdbc;

import io.bizloop.core.SalesOrderId;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.SalesOrders;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import java.util.List;
import java.util.Optional;

/**
 * {@link SalesOrders} in {@code bizloop_sales_order}: optimistic locking on its version, {@code all}
 * in the order first saved, the customer as an indexed column.
 */
final class JdbcSalesOrders implements SalesOrders {

  private final Sql sql;
  private final SnapshotTable<SalesOrder.Snapshot> table;

  JdbcSalesOrders(Sql sql) {
    this.sql = sql;
    this.table =
        new SnapshotTable<>(
            sql, "bizloop_sales_order", SalesOrder.Snapshot.class,
            List.of("id"), s -> new Object[] {s.id().value()},
            List.of("customer_id"), s -> new Object[] {s.customer().value()},
            SalesOrder.Snapshot::version, s -> s.withVersion(s.version() + 1), "opened");
  }

  /** A customer's orders: one indexed query on {@code customer_id}. */
  @Override
  public List<SalesOrder> ofCustomer(CustomerId customer) {
    return table.where("customer_id = ?", customer.value()).stream().map(SalesOrder::restore).toList();
  }

  /** Fills {@code customer_id} of orders stored before the column existed, once (a row in {@code bizloop_pending_fill}). */
  void fillCustomerColumn() {
    if (sql.one("SELECT 1 FROM bizloop_pending_fill WHERE name = 'sales_order_customer'", rs -> true).isPresent()) {
      sql.unitOfWork().execute(() -> {
        table.where("customer_id IS NULL").forEach(s -> sql.update(
            "UPDATE bizloop_sales_order SET customer_id = ? WHERE id = ?", s.customer().value(), s.id().value()));
        sql.update("DELETE FROM bizloop_pending_fill WHERE name = 'sales_order_customer'");
        return Outcome.done();
      });
    }
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
