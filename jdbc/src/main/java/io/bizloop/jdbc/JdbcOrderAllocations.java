package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.port.OrderAllocations;
import java.util.List;
import java.util.Optional;

/**
 * What inventory holds per confirmed order, in {@code bizloop_order_allocation}, oldest confirmation
 * first; a stale save answers CONFLICT.
 */
final class JdbcOrderAllocations implements OrderAllocations {

  private final SnapshotTable<OrderAllocation.Snapshot> table;

  JdbcOrderAllocations(Sql sql) {
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
  public Outcome<Void> save(OrderAllocation allocation) {
    return table.save(allocation.snapshot());
  }
}
