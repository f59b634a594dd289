package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.port.OrderAllocations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What inventory holds per confirmed order, in {@code bizloop_order_allocation}, oldest confirmation
 * first; a stale save answers CONFLICT. The orders waiting for a sku are indexed in
 * {@code bizloop_backorder}, rewritten with each save of an allocation, so that
 * {@link #waitingFor} is one indexed query instead of a read of every allocation.
 */
final class JdbcOrderAllocations implements OrderAllocations {

  private final Sql sql;
  private final SnapshotTable<OrderAllocation.Snapshot> table;

  JdbcOrderAllocations(Sql sql) {
    this.sql = sql;
    this.table =
        new SnapshotTable<>(
            sql, "bizloop_order_allocation", OrderAllocation.Snapshot.class,
            List.of("order_id"), s -> new Object[] {s.order().value()},
            List.of("confirmation"), s -> new Object[] {s.confirmation()},
            OrderAllocation.Snapshot::version,
            OrderAllocation.Snapshot::nextVersion, "confirmation");
  }

  public JdbcOrderAllocations(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<OrderAllocation> find(SalesOrderId order) {
    return table.find(order.value()).map(OrderAllocation::restore);
  }

  @Override
  public List<OrderAllocation> all() {
    return table.all().stream().map(OrderAllocation::restore).toList();
  }

  @Override
  public List<SalesOrderId> waitingFor(Sku sku, WarehouseId warehouse) {
    return sql.list(
        "SELECT order_id FROM bizloop_backorder WHERE sku = ? AND (warehouse IS NULL OR warehouse = ?) ORDER BY confirmation",
        rs -> new SalesOrderId(rs.getString(1)), sku.value(), warehouse.value());
  }

  /** {@inheritDoc} From {@code bizloop_backorder}: one read per waiting order, not a read of every allocation. */
  @Override
  public List<OrderAllocation> withBackorders() {
    List<String> orders = sql.list(
        "SELECT order_id FROM bizloop_backorder GROUP BY order_id ORDER BY MIN(confirmation)", rs -> rs.getString(1));
    List<OrderAllocation> found = new ArrayList<>(orders.size());
    for (String order : orders) {
      table.find(order).map(OrderAllocation::restore).ifPresent(found::add);
    }
    return found;
  }

  @Override
  public Outcome<Void> save(OrderAllocation allocation) {
    OrderAllocation.Snapshot s = allocation.snapshot();
    Outcome<Void> saved = table.save(s);
    if (saved.isAccepted()) {
      index(s);
    }
    return saved;
  }

  /** Rewrites the index rows of one allocation: a row per sku it waits for. */
  private void index(OrderAllocation.Snapshot s) {
    if (s.version() > 0) {
      sql.update("DELETE FROM bizloop_backorder WHERE order_id = ?", s.order().value());
    }
    List<Object[]> rows = new ArrayList<>();
    if (!s.cancelled()) {
      for (OrderAllocation.Line line : s.lines()) {
        if (line.backordered().isPositive()) {
          rows.add(new Object[] {line.sku().value(), s.order().value(), s.confirmation(),
              s.warehouse() == null ? null : s.warehouse().value()});
        }
      }
    }
    sql.batch("INSERT INTO bizloop_backorder (sku, order_id, confirmation, warehouse) VALUES (?, ?, ?, ?)", rows);
  }

  /** Fills the index from the allocations once, for books from before it (a row in {@code bizloop_pending_fill}). */
  void fillIndexIfPending() {
    if (sql.one("SELECT 1 FROM bizloop_pending_fill WHERE name = 'backorder'", rs -> true).isPresent()) {
      sql.unitOfWork().execute(() -> {
        all().forEach(a -> index(a.snapshot()));
        sql.update("DELETE FROM bizloop_pending_fill WHERE name = 'backorder'");
        return Outcome.done();
      });
    }
  }
}
