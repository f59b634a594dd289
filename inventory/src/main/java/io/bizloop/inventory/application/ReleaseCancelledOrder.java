package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.domain.Warehouse;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.Warehouses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Policy on {@link SalesOrderCancelled}: releases exactly what the order reserved (invariant 12),
 * drops its backorders, and offers the released stock to other open backorders warehouse by
 * warehouse in registration order (see {@link Restocking}). An order inventory never confirmed,
 * or one already cancelled, is accepted as it is.
 *
 * <p>Rejections: INVALID_INPUT (no event), INVALID_STATE (a stock item out of step with the
 * order), CONFLICT.
 */
public final class ReleaseCancelledOrder {

  private final OrderAllocations allocations;
  private final StockItems items;
  private final Warehouses warehouses;
  private final Restocking restocking;

  /**
   * The policy over its ports.
   *
   * @param allocations the orders' allocations
   * @param items the stock items
   * @param warehouses the warehouses (their registration order)
   * @param restocking offers the released stock to other backorders
   */
  public ReleaseCancelledOrder(
      OrderAllocations allocations, StockItems items, Warehouses warehouses, Restocking restocking) {
    this.allocations = Objects.requireNonNull(allocations, "allocations");
    this.items = Objects.requireNonNull(items, "items");
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.restocking = Objects.requireNonNull(restocking, "restocking");
  }

  /**
   * Releases the cancelled order's reservations.
   *
   * @param event the cancellation
   * @return done; a rejection undoes the publisher's unit of work
   */
  public Outcome<Void> on(SalesOrderCancelled event) {
    if (event == null) {
      return Outcome.rejected(RejectionCode.INVALID_INPUT, "event is missing");
    }
    Optional<OrderAllocation> found = allocations.find(event.order());
    if (found.isEmpty() || found.get().cancelled()) {
      return Outcome.done();
    }
    OrderAllocation allocation = found.get();
    Map<StockKey, StockItem> held = new LinkedHashMap<>();
    for (StockKey key : allocation.reservedAt()) {
      items.find(key).ifPresent(item -> held.put(key, item));
    }
    Outcome<List<StockKey>> released = allocation.cancel(held);
    if (released.isRejected()) {
      return released.rejectedAs();
    }
    Outcome<Void> saved = allocations.save(allocation);
    if (saved.isRejected()) {
      return saved;
    }
    for (WarehouseId warehouse : warehouses.all().stream().map(Warehouse::id).toList()) {
      for (StockKey key : released.value()) {
        if (key.warehouse().equals(warehouse)) {
          saved = restocking.saveAndFill(held.get(key));
          if (saved.isRejected()) {
            return saved;
          }
        }
      }
    }
    return Outcome.done();
  }
}
