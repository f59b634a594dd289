package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.inventory.domain.ReservationId;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.StockReservations;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stock items in {@code bizloop_stock_item}: key (sku, warehouse), the real columns {@code on_hand},
 * {@code reserved} and {@code value_minor}, a version and the snapshot. A save is one conditional
 * statement on the version; the table's check {@code 0 <= reserved <= on_hand} makes the
 * database itself refuse an oversell whatever a writer does. A stale save answers CONFLICT, as
 * the port says, and the command runner retries the command.
 *
 * <p>Also the fast path for stand-alone reservations ({@link StockReservations}): one
 * {@code UPDATE ... SET reserved = reserved + ?, version = version + 1 WHERE ... AND on_hand -
 * reserved >= ?} and a row in {@code bizloop_stock_hold} (a deferred write). An item is read with
 * its fast-path holds and its version from the row (one query); its next save folds those holds
 * into its snapshot and deletes their rows.
 */
final class JdbcStockItems implements StockItems, StockReservations {

  private static final String SELECT =
      "SELECT i.snapshot, i.version, h.reservation_id, h.quantity FROM bizloop_stock_item i"
          + " LEFT JOIN bizloop_stock_hold h ON h.sku = i.sku AND h.warehouse = i.warehouse";

  private final Sql sql;
  private final SnapshotTable<StockItem.Snapshot> table;

  JdbcStockItems(Sql sql) {
    this.sql = sql;
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

  /** One row of the join: the item's snapshot and version, and one fast-path hold (or none). */
  private record Row(String snapshot, long version, String hold, BigDecimal quantity) {}

  @Override
  public Optional<StockItem> find(StockKey key) {
    return items(" WHERE i.sku = ? AND i.warehouse = ? ORDER BY h.seq", key.sku().value(), key.warehouse().value())
        .stream().findFirst();
  }

  @Override
  public List<StockItem> ofSku(Sku sku) {
    return items(" WHERE i.sku = ? ORDER BY i.sku, i.warehouse, h.seq", sku.value());
  }

  @Override
  public List<StockItem> all() {
    return items(" ORDER BY i.sku, i.warehouse, h.seq");
  }

  private List<StockItem> items(String where, Object... params) {
    List<Row> rows = sql.list(SELECT + where,
        rs -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4)), params);
    Map<String, List<Row>> byItem = new LinkedHashMap<>();
    for (Row row : rows) {
      byItem.computeIfAbsent(row.snapshot(), s -> new ArrayList<>()).add(row);
    }
    List<StockItem> items = new ArrayList<>(byItem.size());
    for (List<Row> itemRows : byItem.values()) {
      StockItem.Snapshot stored = Snapshots.read(itemRows.get(0).snapshot(), StockItem.Snapshot.class);
      List<StockItem.Hold> holds = new ArrayList<>(stored.holds());
      for (Row row : itemRows) {
        if (row.hold() != null) {
          holds.add(new StockItem.Hold(ReservationId.of(row.hold()), Quantity.of(row.quantity(), stored.onHand().unit())));
        }
      }
      if (holds.size() > stored.holds().size()) {
        remember(stored.key());
      }
      items.add(StockItem.restore(new StockItem.Snapshot(
          stored.sku(), stored.warehouse(), stored.costing(), stored.onHand(), stored.value(), stored.layers(),
          stored.lastReceiptUnitCost(), stored.reservedForOrders(), holds, itemRows.get(0).version())));
    }
    return items;
  }

  /** Notes in the transaction that {@code key} was read with fast-path holds, which its next save folds. */
  private void remember(StockKey key) {
    Transaction tx = sql.transaction();
    if (tx != null) {
      tx.cache(foldKey(key), Boolean.TRUE);
    }
  }

  private static List<String> foldKey(StockKey key) {
    return List.of("holds", key.sku().value(), key.warehouse().value());
  }

  @Override
  public Outcome<Void> save(StockItem item) {
    StockItem.Snapshot snapshot = item.snapshot();
    Outcome<Void> saved = table.save(snapshot);
    if (saved.isAccepted() && snapshot.version() > 0) {
      Transaction tx = sql.transaction();
      if (tx == null || tx.cached(foldKey(snapshot.key())) != null) {
        // the snapshot now holds the fast-path holds it was read with; the version check proved no other came since
        sql.update("DELETE FROM bizloop_stock_hold WHERE sku = ? AND warehouse = ?",
            snapshot.sku().value(), snapshot.warehouse().value());
        if (tx != null) {
          tx.cache(foldKey(snapshot.key()), null);
        }
      }
    }
    return saved;
  }

  @Override
  public boolean tryReserve(StockKey key, ReservationId id, Quantity quantity) {
    if (!quantity.isPositive()) {
      return false;
    }
    Object[] params = {quantity.value(), key.sku().value(), key.warehouse().value(), quantity.value()};
    String reserve = "UPDATE bizloop_stock_item SET reserved = reserved + ?, version = version + 1"
        + " WHERE sku = ? AND warehouse = ? AND on_hand - reserved >= ?";
    if (sql.unitOfWork().dialect() == Dialect.POSTGRESQL) {
      // one round trip, so that the item's row lock is held for one statement and the commit
      return sql.update("WITH reserved AS (" + reserve + " RETURNING sku, warehouse)"
              + " INSERT INTO bizloop_stock_hold (sku, warehouse, reservation_id, quantity)"
              + " SELECT sku, warehouse, ?, ? FROM reserved ON CONFLICT (sku, warehouse, reservation_id)"
              + " DO UPDATE SET quantity = bizloop_stock_hold.quantity + EXCLUDED.quantity",
          params[0], params[1], params[2], params[3], id.value(), quantity.value()) == 1;
    }
    if (sql.update(reserve, params) == 0) {
      return false;
    }
    String hold = sql.unitOfWork().dialect()
        .upsertAdding("bizloop_stock_hold", List.of("sku", "warehouse", "reservation_id"), "quantity");
    sql.defer("bizloop_stock_hold", hold, key.sku().value(), key.warehouse().value(), id.value(), quantity.value());
    return true;
  }
}
