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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Policy on {@link SalesOrderConfirmed}: each line reserves what is available — in the order's
 * warehouse if it names one, else across warehouses in registration order — and backorders the
 * rest, attributed to the order's warehouse or the first registered one.
 *
 * <p>Rejections: INVALID_INPUT (a sku twice), UNKNOWN_REFERENCE (sku or warehouse),
 * INVALID_STATE (no warehouse registered, order already confirmed).
 */
public final class ReserveConfirmedOrder {

  private final StockRoom room;

  ReserveConfirmedOrder(StockRoom room) {
    this.room = room;
  }

  public Outcome<Void> handle(SalesOrderConfirmed event) {
    return room.react(event, () -> decide(event));
  }

  private Outcome<Void> decide(SalesOrderConfirmed e) {
    Set<Sku> seen = new HashSet<>();
    for (SalesOrderConfirmed.Line line : e.lines()) {
      if (!seen.add(line.sku())) {
        return StockRoom.invalid("order " + e.order() + " has " + line.sku() + " twice");
      }
    }
    List<WarehouseId> order = room.warehouseOrder();
    if (e.warehouse() != null && !order.contains(e.warehouse())) {
      return StockRoom.unknown("unknown warehouse " + e.warehouse() + " on order " + e.order());
    }
    List<Product> products = new ArrayList<>();
    for (SalesOrderConfirmed.Line line : e.lines()) {
      Optional<Product> product = room.products.find(line.sku());
      if (product.isEmpty()) {
        return StockRoom.unknown("unknown sku " + line.sku() + " on order " + e.order());
      }
      products.add(product.get());
    }
    if (order.isEmpty()) {
      return StockRoom.invalidState("no warehouse is registered to fill order " + e.order());
    }
    if (room.allocations.find(e.order()).isPresent()) {
      return Outcome.rejected(RejectionCode.INVALID_STATE, "order " + e.order() + " is already confirmed");
    }
    List<Quantity> quantities = new ArrayList<>();
    for (int i = 0; i < products.size(); i++) {
      quantities.add(products.get(i).quantity(e.lines().get(i).quantity().value()));
    }
    WarehouseId backorderWarehouse = e.warehouse() != null ? e.warehouse() : order.get(0);
    OrderAllocation allocation =
        OrderAllocation.create(
            e.order(),
            e.customer(),
            e.warehouse(),
            backorderWarehouse,
            room.sequences.next("confirmation"),
            quantities,
            products.stream().map(Product::sku).toList(),
            room.settings.currency());
    List<WarehouseId> candidates = e.warehouse() != null ? List.of(e.warehouse()) : order;
    for (Product product : products) {
      for (WarehouseId warehouse : candidates) {
        Quantity backordered = allocation.line(product.sku()).orElseThrow().backordered();
        if (!backordered.isPositive()) {
          break;
        }
        Optional<StockItem> found = room.stockItems.find(new StockKey(product.sku(), warehouse));
        if (found.isEmpty() || !found.get().available().isPositive()) {
          continue;
        }
        StockItem item = found.get();
        Quantity take = item.available().min(backordered);
        item.reserve(allocation.reservationId(), take);
        allocation.reserve(product.sku(), warehouse, take);
        room.stockItems.save(item);
      }
      room.keepBackorderItem(allocation, product.sku());
    }
    room.allocations.save(allocation);
    return Outcome.done();
  }
}
