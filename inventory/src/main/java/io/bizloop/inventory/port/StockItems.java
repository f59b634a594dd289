package io.bizloop.inventory.port;

import io.bizloop.core.Sku;
import io.bizloop.core.port.Repository;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import java.util.List;

/**
 * The stock items of all warehouses, by sku × warehouse.
 *
 * <p>Contract: the one repository contract of {@link Repository}: {@link #save} stores the item with
 * its version + 1 only when the stored version is still the item's version (absent for version 0),
 * and otherwise stores nothing and answers {@code CONFLICT} (optimistic locking; never throws for
 * it). Reads answer what was last saved, as new objects.
 */
public interface StockItems extends Repository<StockKey, StockItem> {

  /**
   * The items of one sku.
   *
   * @param sku the product
   * @return its items, in no particular order
   */
  List<StockItem> ofSku(Sku sku);

  /**
   * Every item.
   *
   * @return all items, in no particular order
   */
  List<StockItem> all();

  /**
   * What is available at {@code key} (on hand − reserved), for a read that needs no aggregate.
   * The default restores the item; an adapter that holds its state answers without that.
   *
   * @param key sku × warehouse
   * @return what is available there, or empty when no item was stored there
   */
  default java.util.Optional<io.bizloop.core.Quantity> available(StockKey key) {
    return find(key).map(StockItem::available);
  }
}
