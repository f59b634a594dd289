package io.bizloop.inventory.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.StockItems;
import java.util.List;
import java.util.Optional;

/** In-memory {@link StockItems}: snapshots in a thread-safe {@link TxMap}, optimistic locking by version. */
public final class InMemoryStockItems implements StockItems {

  private final TxMap<StockKey, StockItem.Snapshot> items;

  /**
   * An empty store whose writes are undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work the store takes part in
   */
  public InMemoryStockItems(InMemoryUnitOfWork unitOfWork) {
    this.items = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<StockItem> find(StockKey key) {
    return items.get(key).map(StockItem::restore);
  }

  @Override
  public Optional<io.bizloop.core.Quantity> available(StockKey key) {
    StockItem.Snapshot s = items.getOrNull(key);
    return s == null ? Optional.empty() : Optional.of(s.onHand().minus(s.reserved()));
  }

  @Override
  public List<StockItem> ofSku(Sku sku) {
    return items.values().stream().filter(s -> s.sku().equals(sku)).map(StockItem::restore).toList();
  }

  @Override
  public List<StockItem> all() {
    return items.values().stream().map(StockItem::restore).toList();
  }

  @Override
  public Outcome<Void> save(StockItem item) {
    StockItem.Snapshot s = item.nextSnapshot();
    return Versioned.saveNext(items, s.key(), s, StockItem.Snapshot::version);
  }
}
