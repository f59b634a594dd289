package io.bizloop.inventory.application;

import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.domain.StockPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The read side: stock report, purchase suggestions, order fulfilment, available-to-promise. */
final class StockReports {

  private final StockRoom room;

  StockReports(StockRoom room) {
    this.room = room;
  }

  List<StockRow> stock() {
    List<WarehouseId> order = room.warehouseOrder();
    Map<StockKey, StockItem> items = new HashMap<>();
    room.stockItems.all().forEach(i -> items.put(i.key(), i));
    Map<StockKey, Quantity> incoming = incoming();
    Map<StockKey, Quantity> backordered = backordered();
    Set<StockKey> keys = new LinkedHashSet<>(items.keySet());
    incoming.forEach((k, q) -> {
      if (q.isPositive()) {
        keys.add(k);
      }
    });
    backordered.forEach((k, q) -> {
      if (q.isPositive()) {
        keys.add(k);
      }
    });
    Comparator<StockKey> byWarehouseThenSku =
        Comparator.<StockKey>comparingInt(k -> rank(order, k.warehouse())).thenComparing(k -> k.sku().value());
    List<StockRow> rows = new ArrayList<>();
    for (StockKey key : keys.stream().sorted(byWarehouseThenSku).toList()) {
      StockItem item = items.get(key);
      String unit = item != null ? item.unit() : room.products.find(key.sku()).map(Product::unit).orElse(Quantity.EACH);
      Quantity zero = Quantity.zero(unit);
      rows.add(
          new StockRow(
              key.warehouse(),
              key.sku(),
              item == null ? zero : item.onHand(),
              item == null ? zero : item.reserved(),
              item == null ? zero : item.available(),
              backordered.getOrDefault(key, zero),
              incoming.getOrDefault(key, zero),
              item == null ? Money.zero(room.settings.currency()) : item.value()));
    }
    return List.copyOf(rows);
  }

  List<Suggestion> purchaseSuggestions() {
    Set<StockKey> items = new java.util.HashSet<>();
    room.stockItems.all().forEach(i -> items.add(i.key()));
    List<Suggestion> suggestions = new ArrayList<>();
    for (StockRow row : stock()) {
      if (!items.contains(new StockKey(row.sku(), row.warehouse()))) {
        continue;
      }
      Optional<StockPolicy> policy = room.products.find(row.sku()).flatMap(Product::stockPolicy);
      Quantity projected = row.onHand().minus(row.reserved()).minus(row.backordered()).plus(row.incoming());
      Quantity quantity = null;
      if (policy.isPresent()) {
        if (projected.isLessThan(policy.get().reorderPoint())) {
          quantity = policy.get().maxStock().minus(projected);
        }
      } else if (row.backordered().isGreaterThan(row.incoming())) {
        quantity = row.backordered().minus(row.incoming());
      }
      if (quantity != null && quantity.isPositive()) {
        suggestions.add(new Suggestion(row.sku(), row.warehouse(), quantity));
      }
    }
    return List.copyOf(suggestions);
  }

  Optional<OrderFulfilment> order(SalesOrderId id) {
    return room.allocations.find(id).map(StockReports::fulfilment);
  }

  static OrderFulfilment fulfilment(OrderAllocation allocation) {
    List<OrderFulfilment.Line> lines =
        allocation.lines().stream()
            .map(
                l ->
                    new OrderFulfilment.Line(
                        l.sku(), l.ordered(), l.reservedTotal(), l.backordered(), l.shipped(), l.returned(),
                        l.shippedCost(), l.returnedCost()))
            .toList();
    return new OrderFulfilment(allocation.order(), lines, allocation.cancelled(), allocation.fullyShipped());
  }

  Availability availableToPromise(Sku sku) {
    String unit = room.products.find(sku).map(Product::unit).orElse(Quantity.EACH);
    Quantity total = Quantity.zero(unit);
    List<Availability.InWarehouse> per = new ArrayList<>();
    for (WarehouseId warehouse : room.warehouseOrder()) {
      Quantity available =
          room.stockItems.find(new StockKey(sku, warehouse)).map(StockItem::available).orElse(Quantity.zero(unit));
      per.add(new Availability.InWarehouse(warehouse, available));
      total = total.plus(available);
    }
    return new Availability(sku, per, total);
  }

  Optional<ProductInfo> product(Sku sku) {
    return room.products
        .find(sku)
        .map(
            p ->
                new ProductInfo(
                    p.sku(), p.name(), p.unit(), p.vatRate(), p.costing(),
                    p.stockPolicy().map(StockPolicy::reorderPoint).orElse(null),
                    p.stockPolicy().map(StockPolicy::maxStock).orElse(null)));
  }

  Optional<PurchaseOrderView> purchaseOrder(io.bizloop.core.PurchaseOrderId id) {
    return room.purchaseOrders
        .find(id)
        .map(
            po ->
                new PurchaseOrderView(
                    po.id(),
                    po.supplier(),
                    po.warehouse(),
                    po.lines().stream()
                        .map(l -> new PurchaseOrderView.Line(l.sku(), l.ordered(), l.received(), l.open(), l.unitCost()))
                        .toList(),
                    po.fullyReceived()));
  }

  Money stockValue() {
    Money total = Money.zero(room.settings.currency());
    for (StockItem item : room.stockItems.all()) {
      total = total.plus(item.value());
    }
    return total;
  }

  private Map<StockKey, Quantity> incoming() {
    Map<StockKey, Quantity> incoming = new HashMap<>();
    for (PurchaseOrder po : room.purchaseOrders.all()) {
      for (PurchaseOrder.Line line : po.lines()) {
        if (line.open().isPositive()) {
          incoming.merge(new StockKey(line.sku(), po.warehouse()), line.open(), Quantity::plus);
        }
      }
    }
    return incoming;
  }

  private Map<StockKey, Quantity> backordered() {
    Map<StockKey, Quantity> backordered = new HashMap<>();
    for (OrderAllocation allocation : room.allocations.all()) {
      if (allocation.cancelled()) {
        continue;
      }
      for (OrderAllocation.Line line : allocation.lines()) {
        if (line.backordered().isPositive()) {
          backordered.merge(
              new StockKey(line.sku(), allocation.backorderWarehouse()), line.backordered(), Quantity::plus);
        }
      }
    }
    return backordered;
  }

  private static int rank(List<WarehouseId> order, WarehouseId warehouse) {
    int i = order.indexOf(warehouse);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
