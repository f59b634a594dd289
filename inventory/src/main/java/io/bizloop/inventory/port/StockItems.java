package io.bizloop.inventory.port;

import io.bizloop.core.Sku;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import java.util.List;
import java.util.Optional;

/**
 * The stock items of all warehouses.
 *
 * <p>Contract: {@link #save} stores the item with its version + 1 only when the stored version is
 * the item's version (absent for version 0), and otherwise throws
 * {@link java.util.ConcurrentModificationException} (optimistic locking); the use case then retries.
 */
public interface StockItems {

  Optional<StockItem> find(StockKey key);

  /** The items of one sku, in no particular order. */
  List<StockItem> ofSku(Sku sku);

  List<StockItem> all();

  void save(StockItem item);
}
