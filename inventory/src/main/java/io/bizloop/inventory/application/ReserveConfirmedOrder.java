package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.SalesOrderConfirmed;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.InventorySequences;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.Warehouses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Policy on {@link SalesOrderConfirmed}: each line reserves what is available — in the order's
 * warehouse if it names one, else across warehouses in registration order — and backorders the
 * rest, attributed to the order's warehouse or the first registered one. The order's
 * {@link OrderAllocation} decides each reservation.
 *
 * <p>Rejections: INVALID_INPUT (no event, a sku twice), UNKNOWN_REFERENCE (sku or warehouse),
 * INVALID_STATE (no warehouse registered, order already confirmed), CONFLICT.
 */
public final class ReserveConfirmedOrder {

  private final Warehouses warehouses;
  private final Products products;
  private final StockItems items;
  private final OrderAllocations allocations;
  private final InventorySequences sequences;
  private final Restocking restocking;
  private final InventorySettings settings;

  /**
   * The policy over its ports.
   *
   * @param warehouses the warehouses
   * @param products the product catalogue
   * @param items the stock items
   * @param allocations the orders' allocations
   * @param sequences the confirmation counter
   * @param restocking opens the stock items where backorders count
   * @param settings the company settings (the currency of costs)
   */
  public ReserveConfirmedOrder(
      Warehouses warehouses,
      Products products,
      StockItems items,
      OrderAllocations allocations,
      InventorySequences sequences,
      Restocking restocking,
      InventorySettings settings) {
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.products = Objects.requireNonNull(products, "products");
    this.items = Objects.requireNonNull(items, "items");
    this.allocations = Objects.requireNonNull(allocations, "allocations");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
    this.restocking = Objects.requireNonNull(restocking, "restocking");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Reserves for the confirmed order.
   *
   * @param event the confirmation
   * @return done; a rejection undoes the publisher's unit of work
   */
  public Outcome<Void> on(SalesOrderConfirmed event) {
    if (event == null) {
      return Outcome.rejected(RejectionCode.INVALID_INPUT, "event is missing");
    }
    Set<Sku> seen = new HashSet<>();
    for (SalesOrderConfirmed.Line line : event.lines()) {
      if (!seen.add(line.sku())) {
        return Outcome.rejected(RejectionCode.INVALID_INPUT, "order " + event.order() + " has " + line.sku() + " twice");
      }
    }
    List<WarehouseId> order = warehouses.ids();
    if (event.warehouse() != null && !order.contains(event.warehouse())) {
      return Outcome.rejected(
          RejectionCode.UNKNOWN_REFERENCE, "unknown warehouse " + event.warehouse() + " on order " + event.order());
    }
    List<Product> ordered = new ArrayList<>();
    for (SalesOrderConfirmed.Line line : event.lines()) {
      Optional<Product> product = products.find(line.sku());
      if (product.isEmpty()) {
        return Outcome.rejected(
            RejectionCode.UNKNOWN_REFERENCE, "unknown sku " + line.sku() + " on order " + event.order());
      }
      ordered.add(product.get());
    }
    if (order.isEmpty()) {
      return Outcome.rejected(
          RejectionCode.INVALID_STATE, "no warehouse is registered to fill order " + event.order());
    }
    if (allocations.find(event.order()).isPresent()) {
      return Outcome.rejected(RejectionCode.INVALID_STATE, "order " + event.order() + " is already confirmed");
    }
    List<Quantity> quantities = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      quantities.add(ordered.get(i).quantity(event.lines().get(i).quantity().value()));
    }
    OrderAllocation allocation =
        OrderAllocation.create(
            event.order(),
            event.customer(),
            event.warehouse(),
            event.warehouse() != null ? event.warehouse() : order.get(0),
            sequences.next("confirmation"),
            quantities,
            skusOf(ordered),
            settings.currency());
    List<WarehouseId> candidates = event.warehouse() != null ? List.of(event.warehouse()) : order;
    for (Product product : ordered) {
      for (WarehouseId warehouse : candidates) {
        Optional<StockItem> found = items.find(new StockKey(product.sku(), warehouse));
        if (found.isEmpty()) {
          continue;
        }
        Outcome<Quantity> reserved = allocation.reserveFrom(found.get());
        if (reserved.isRejected()) {
          return reserved.rejectedAs();
        }
        if (reserved.value().isPositive()) {
          Outcome<Void> saved = items.save(found.get());
          if (saved.isRejected()) {
            return saved;
          }
        }
      }
      Outcome<Void> kept = restocking.keepBackorderItem(allocation, product);
      if (kept.isRejected()) {
        return kept;
      }
    }
    return allocations.save(allocation);
  }

  /** The skus of {@code products}, in order. */
  private static List<Sku> skusOf(List<Product> products) {
    List<Sku> skus = new ArrayList<>(products.size());
    for (Product product : products) {
      skus.add(product.sku());
    }
    return skus;
  }
}
