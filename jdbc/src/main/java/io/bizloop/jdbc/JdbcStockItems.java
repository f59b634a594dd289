package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.StockItems;
import java.util.List;
import java.util.Optional;

/**
 * Stock items in {@code bizloop_stock_item}: key (sku, warehouse), the real columns {@code on_hand},
 * {@code reserved} and {@code value_minor}, a version and the snapshot. A save is one conditional
 * statement on the version; the table's check {@code 0 <= reserved <= on_hand} makes the
 * database itself refuse an oversell whatever a writer does. A stale save answers CONFLICT, as
 * the port says, and the command runner retries the command.
 */
final class JdbcStockItems implements StockItems {

  private final SnapshotTable<StockItem.Snapshot> table;

  JdbcStockItems(Sql sql) {
    this.table =
        new SnapshotTable<>(
            sql, "bizloop_stock_item", StockItem.Snapshot.class,
            List.of("sku", "warehouse"), s -> new Object[] {s.sku().value(), s.warehouse().value()},
            List.of("on_hand", "reserved", "value_minor"),
            s -> new Object[] {s.onHand().value(), s.reserved().value(), s.value().minor()},
            StockItem.Snapshot::version, StockItem.Snapshot::nextVersion,
            "sku, warehouse");
  }

  public JdbcStockItems(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<StockItem> find(StockKey key) {
    return table.find(key.sku().value(), key.warehouse().value()).map(StockItem::restore);
  }

  @Override
  public List<StockItem> ofSku(Sku sku) {
    return table.where("sku = ?", sku.value()).stream().map(StockItem::restore).toList();
  }

  @Override
  public List<StockItem> all() {
    return table.all().stream().map(StockItem::restore).toList();
  }

  @Override
  public Outcome<Void> save(StockItem item) {
    return table.save(item.snapshot());
  }
}
