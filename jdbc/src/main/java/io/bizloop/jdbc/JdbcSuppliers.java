package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.SupplierId;
import io.bizloop.inventory.domain.Supplier;
import io.bizloop.inventory.port.Suppliers;
import java.util.Optional;

/** The suppliers in {@code bizloop_supplier}: a supplier is stored once; a taken id answers CONFLICT. */
final class JdbcSuppliers implements Suppliers {

  private final Sql sql;

  JdbcSuppliers(Sql sql) {
    this.sql = sql;
  }

  public JdbcSuppliers(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<Supplier> find(SupplierId id) {
    return sql.one("SELECT snapshot FROM bizloop_supplier WHERE id = ?", rs -> Snapshots.read(rs.getString(1), Supplier.class),
        id.value());
  }

  @Override
  public Outcome<Void> save(Supplier supplier) {
    int inserted = sql.insertIfAbsent("bizloop_supplier", java.util.List.of("id", "snapshot"), 1,
        supplier.id().value(), Snapshots.write(supplier));
    return inserted == 1 ? Outcome.done() : SnapshotTable.conflict("bizloop_supplier", new Object[] {supplier.id().value()}, 0);
  }
}
