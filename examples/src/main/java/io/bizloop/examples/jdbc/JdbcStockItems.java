package io.bizloop.examples.jdbc;

import io.bizloop.core.Sku;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.StockItems;
import java.math.BigDecimal;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;

/**
 * Stock items in {@code stock_item}: key (sku, warehouse), the real columns {@code on_hand},
 * {@code reserved} and {@code value_minor}, a version and the snapshot. A save is one conditional
 * statement on the version; the table's check {@code 0 <= reserved <= on_hand} makes the
 * database itself refuse an oversell whatever a writer does. A stale save throws
 * {@link ConcurrentModificationException}, as the port says, and the use case retries.
 */
public final class JdbcStockItems implements StockItems {

  private final SnapshotTable<StockItem.Snapshot> table;

  JdbcStockItems(Sql sql) {
    this.table =
        new SnapshotTable<>(
            sql, "stock_item", StockItem.Snapshot.class,
            List.of("sku", "warehouse"), s -> new Object[] {s.sku().value(), s.warehouse().value()},
            List.of("on_hand", "reserved", "value_minor"),
            s -> new Object[] {s.onHand().value(), reserved(s), s.value().minor()},
            StockItem.Snapshot::version,
            s -> new StockItem.Snapshot(
                s.sku(), s.warehouse(), s.costing(), s.onHand(), s.value(), s.layers(), s.lastReceiptUnitCost(),
                s.reservations(), s.version() + 1),
            "sku, warehouse");
  }

  public JdbcStockItems(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  private static BigDecimal reserved(StockItem.Snapshot s) {
    return s.reservations().stream().map(r -> r.quantity().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
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
  public void save(StockItem item) {
    StockItem.Snapshot s = item.snapshot();
    if (!table.save(s)) {
      throw new ConcurrentModificationException(s.key() + " was changed by someone else (version " + s.version() + ")");
    }
  }
}
