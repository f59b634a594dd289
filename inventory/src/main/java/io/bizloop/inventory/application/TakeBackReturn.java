package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.ReturnAccepted;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.Warehouse;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.Warehouses;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Policy on {@link ReturnAccepted}: the goods re-enter the named warehouse, else the first
 * (registration order) the line shipped from, at round(remaining shipped cost × q / remaining
 * shipped quantity) of that order line (FIFO: as the newest layer); then backorders there are
 * filled. The order's {@link OrderAllocation} decides; publishes {@link GoodsReturned} (event id
 * {@code restock:<order>/R<n>}).
 *
 * <p>Rejections: INVALID_INPUT (no event, a sku twice), UNKNOWN_REFERENCE (warehouse, a sku not on
 * the order), INVALID_STATE (order unknown to inventory, more than shipped − returned), CONFLICT.
 */
public final class TakeBackReturn {

  private final Warehouses warehouses;
  private final Products products;
  private final OrderAllocations allocations;
  private final EventPublisher publisher;
  private final Restocking restocking;

  /**
   * The policy over its ports.
   *
   * @param warehouses the warehouses
   * @param products the product catalogue
   * @param allocations the orders' allocations
   * @param publisher where {@link GoodsReturned} goes
   * @param restocking puts the goods away and fills backorders
   */
  public TakeBackReturn(
      Warehouses warehouses,
      Products products,
      OrderAllocations allocations,
      EventPublisher publisher,
      Restocking restocking) {
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.products = Objects.requireNonNull(products, "products");
    this.allocations = Objects.requireNonNull(allocations, "allocations");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.restocking = Objects.requireNonNull(restocking, "restocking");
  }

  /**
   * Takes the returned goods back.
   *
   * @param event the accepted return
   * @return done; a rejection undoes the publisher's unit of work
   */
  public Outcome<Void> on(ReturnAccepted event) {
    if (event == null) {
      return Outcome.rejected(RejectionCode.INVALID_INPUT, "event is missing");
    }
    Set<Sku> seen = new HashSet<>();
    for (ReturnAccepted.Line line : event.lines()) {
      if (!seen.add(line.sku())) {
        return Outcome.rejected(
            RejectionCode.INVALID_INPUT, "return " + event.returnId() + " has " + line.sku() + " twice");
      }
    }
    if (event.warehouse() != null && warehouses.find(event.warehouse()).isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown warehouse " + event.warehouse());
    }
    Optional<OrderAllocation> found = allocations.find(event.order());
    if (found.isEmpty()) {
      return Outcome.rejected(RejectionCode.INVALID_STATE, "order " + event.order() + " never shipped anything");
    }
    OrderAllocation allocation = found.get();
    List<WarehouseId> order = warehouses.all().stream().map(Warehouse::id).toList();
    Outcome<Map<Sku, WarehouseId>> whereTo = allocation.returnWarehouses(event, order);
    if (whereTo.isRejected()) {
      return whereTo.rejectedAs();
    }
    Map<Sku, StockItem> into = new LinkedHashMap<>();
    for (Map.Entry<Sku, WarehouseId> entry : whereTo.value().entrySet()) {
      Optional<Product> product = products.find(entry.getKey());
      if (product.isEmpty()) {
        return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown sku " + entry.getKey());
      }
      into.put(entry.getKey(), restocking.itemFor(product.get(), entry.getValue()));
    }
    Outcome<Void> decision = allocation.takeBack(event, into);
    if (decision.isRejected()) {
      return decision;
    }
    Outcome<Void> saved = allocations.save(allocation);
    if (saved.isRejected()) {
      return saved;
    }
    for (StockItem item : into.values()) {
      saved = restocking.saveAndFill(item);
      if (saved.isRejected()) {
        return saved;
      }
    }
    return publisher.publishEventsOf(decision);
  }
}
