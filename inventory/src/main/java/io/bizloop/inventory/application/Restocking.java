package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.StockItems;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule that spans stock items and orders whenever stock becomes available in a warehouse (a
 * receipt, a transfer in, a return, a count gain, a release): it reserves for the open backorders of
 * that sku there, oldest confirmation first, each order deciding in {@link OrderAllocation#reserveFrom}.
 * It also opens the stock items where backorders count, so that purchase suggestions apply there.
 *
 * <p>Used by the use cases and policies that put stock away; it takes only the two repositories it
 * needs. Rejections: CONFLICT from a stale save, passed through as the repositories answer it.
 */
public final class Restocking {

  private final StockItems items;
  private final OrderAllocations allocations;
  private final InventorySettings settings;

  /**
   * Restocking over the stock items and the orders' allocations.
   *
   * @param items the stock items
   * @param allocations the orders' allocations
   * @param settings the company settings (the currency of new stock items)
   */
  public Restocking(StockItems items, OrderAllocations allocations, InventorySettings settings) {
    this.items = Objects.requireNonNull(items, "items");
    this.allocations = Objects.requireNonNull(allocations, "allocations");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The stock item of {@code product} in {@code warehouse}, as stored, or a new empty one.
   *
   * @param product the product
   * @param warehouse the warehouse
   * @return the item (not saved when new)
   */
  public StockItem itemFor(Product product, WarehouseId warehouse) {
    return items
        .find(new StockKey(product.sku(), warehouse))
        .orElseGet(
            () -> StockItem.create(product.sku(), warehouse, product.unit(), product.costing(), settings.currency()));
  }

  /**
   * Whether no sales order waits for stock of {@code sku} in {@code warehouse} (then freeing stock
   * there fills nothing).
   *
   * @param sku the product
   * @param warehouse the warehouse
   * @return true when none waits
   */
  public boolean nothingWaitsFor(io.bizloop.core.Sku sku, io.bizloop.core.WarehouseId warehouse) {
    return allocations.waitingFor(sku, warehouse).isEmpty();
  }

  /**
   * Reserves what {@code item} has available for the orders waiting for its sku in its warehouse,
   * oldest confirmation first, saving each order that took some; then saves the item. Call it with
   * an item just changed and not yet saved, after saving any allocation the caller changed.
   *
   * @param item the stock item stock arrived in
   * @return done, or the first rejection (CONFLICT) of a save
   */
  public Outcome<Void> saveAndFill(StockItem item) {
    for (SalesOrderId order : allocations.waitingFor(item.sku(), item.warehouse())) {
      if (!item.available().isPositive()) {
        break;
      }
      Optional<OrderAllocation> found = allocations.find(order);
      if (found.isEmpty()) {
        continue;
      }
      OrderAllocation allocation = found.get();
      Outcome<Quantity> reserved = allocation.reserveFrom(item);
      if (reserved.isRejected()) {
        return reserved.rejectedAs();
      }
      if (reserved.value().isPositive()) {
        Outcome<Void> saved = allocations.save(allocation);
        if (saved.isRejected()) {
          return saved;
        }
      }
    }
    return items.save(item);
  }

  /**
   * Opens an empty stock item where {@code allocation} counts its backorder of {@code product}
   * ("backordered there" makes a stock item), so that the min/max policy and shortage suggestions
   * apply there.
   *
   * @param allocation the order's allocation
   * @param product the product it may be waiting for
   * @return done, or CONFLICT when another writer opened the item first
   */
  public Outcome<Void> keepBackorderItem(OrderAllocation allocation, Product product) {
    boolean waiting =
        allocation.line(product.sku()).map(line -> line.backordered().isPositive()).orElse(false);
    if (!waiting || items.find(new StockKey(product.sku(), allocation.backorderWarehouse())).isPresent()) {
      return Outcome.done();
    }
    return items.save(itemFor(product, allocation.backorderWarehouse()));
  }
}
