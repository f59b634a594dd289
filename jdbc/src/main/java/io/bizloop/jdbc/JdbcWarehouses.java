package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.Warehouse;
import io.bizloop.inventory.port.Warehouses;
import java.util.List;
import java.util.Optional;

/**
 * The warehouses in {@code bizloop_warehouse}, in registration order: a warehouse is stored once; a taken
 * id answers CONFLICT.
 */
final class JdbcWarehouses implements Warehouses {

  private final Sql sql;

  JdbcWarehouses(Sql sql) {
    this.sql = sql;
  }

  public JdbcWarehouses(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<Warehouse> find(WarehouseId id) {
    return sql.one("SELECT snapshot FROM bizloop_warehouse WHERE id = ?", rs -> Snapshots.read(rs.getString(1), Warehouse.class),
        id.value());
  }

  @Override
  public List<Warehouse> all() {
    return sql.list("SELECT snapshot FROM bizloop_warehouse ORDER BY seq, id",
        rs -> Snapshots.read(rs.getString(1), Warehouse.class));
  }

  @Override
  public Outcome<Void> save(Warehouse warehouse) {
    int inserted = sql.insertIfAbsent("bizloop_warehouse", java.util.List.of("id", "seq", "snapshot"), 1,
        warehouse.id().value(), warehouse.sequence(), Snapshots.write(warehouse));
    return inserted == 1 ? Outcome.done() : SnapshotTable.conflict("bizloop_warehouse", new Object[] {warehouse.id().value()}, 0);
  }
}
