package io.bizloop.inventory.application;

import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.SupplierId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.domain.StockPolicy;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.PurchaseOrders;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.Suppliers;
import io.bizloop.inventory.port.Warehouses;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The read side: stock report, purchase suggestions, order fulfilment, available-to-promise, lookups. */
final class StockReports {

  private final Warehouses warehouses;
  private final Products products;
  private final Suppliers suppliers;
  private final StockItems stockItems;
  private final PurchaseOrders purchaseOrders;
  private final OrderAllocations allocations;
  private final InventorySettings settings;

  StockReports(
      Warehouses warehouses,
      Products products,
      Suppliers suppliers,
      StockItems stockItems,
      PurchaseOrders purchaseOrders,
      OrderAllocations allocations,
      InventorySettings settings) {
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.products = Objects.requireNonNull(products, "products");
    this.suppliers = Objects.requireNonNull(suppliers, "suppliers");
    this.stockItems = Objects.requireNonNull(stockItems, "stockItems");
    this.purchaseOrders = Objects.requireNonNull(purchaseOrders, "purchaseOrders");
    this.allocations = Objects.requireNonNull(allocations, "allocations");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  List<WarehouseId> warehouseOrder() {
    return warehouses.ids();
  }


  boolean hasWarehouse(WarehouseId id) {
    return warehouses.find(id).isPresent();
  }

  boolean hasSupplier(SupplierId id) {
    return suppliers.find(id).isPresent();
  }

  List<StockRow> stock() {
    List<WarehouseId> order = warehouseOrder();
    Map<StockKey, StockItem> items = new HashMap<>();
    stockItems.all().forEach(i -> items.put(i.key(), i));
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
      String unit = item != null ? item.unit() : products.find(key.sku()).map(Product::unit).orElse(Quantity.EACH);
      Quantity zero = Quantity.zero(unit);
      rows.add(
          new StockRow(
              key.warehouse(),
              key.sku(),
              item == null ? zero : item.onHand(),
              item == null ? zero : item.reserved(),
              item == null ? zero : item.reserved().minus(item.reservedForOrders()),
              item == null ? zero : item.available(),
              backordered.getOrDefault(key, zero),
              incoming.getOrDefault(key, zero),
              item == null ? Money.zero(settings.currency()) : item.value()));
    }
    return List.copyOf(rows);
  }

  List<Suggestion> purchaseSuggestions() {
    Set<StockKey> items = new java.util.HashSet<>();
    stockItems.all().forEach(i -> items.add(i.key()));
    List<Suggestion> suggestions = new ArrayList<>();
    for (StockRow row : stock()) {
      if (!items.contains(new StockKey(row.sku(), row.warehouse()))) {
        continue;
      }
      Optional<StockPolicy> policy = products.find(row.sku()).flatMap(Product::stockPolicy);
      SuggestionRule.quantity(policy, row.onHand(), row.reserved(), row.backordered(), row.incoming())
          .ifPresent(quantity -> suggestions.add(new Suggestion(row.sku(), row.warehouse(), quantity)));
    }
    return List.copyOf(suggestions);
  }

  Optional<OrderFulfilment> order(SalesOrderId id) {
    return allocations.find(id).map(StockReports::fulfilment);
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
    String unit = products.find(sku).map(Product::unit).orElse(Quantity.EACH);
    Quantity total = Quantity.zero(unit);
    List<Availability.InWarehouse> per = new ArrayList<>();
    for (WarehouseId warehouse : warehouseOrder()) {
      Quantity available =
          stockItems.available(new StockKey(sku, warehouse)).orElse(Quantity.zero(unit));
      per.add(new Availability.InWarehouse(warehouse, available));
      total = total.plus(available);
    }
    return new Availability(sku, per, total);
  }

  Quantity availableToPromise(Sku sku, WarehouseId warehouse) {
    Quantity available = stockItems.available(new StockKey(sku, warehouse)).orElse(null);
    if (available != null && warehouses.find(warehouse).isPresent()) {
      return available;
    }
    return Quantity.zero(products.find(sku).map(Product::unit).orElse(Quantity.EACH));
  }

  Optional<ProductInfo> product(Sku sku) {
    return products
        .find(sku)
        .map(
            p ->
                new ProductInfo(
                    p.sku(), p.name(), p.unit(), p.vatRate(), p.costing(),
                    p.stockPolicy().map(StockPolicy::reorderPoint).orElse(null),
                    p.stockPolicy().map(StockPolicy::maxStock).orElse(null)));
  }

  Optional<PurchaseOrderView> purchaseOrder(io.bizloop.core.PurchaseOrderId id) {
    return purchaseOrders
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
    Money total = Money.zero(settings.currency());
    for (StockItem item : stockItems.all()) {
      total = total.plus(item.value());
    }
    return total;
  }

  private Map<StockKey, Quantity> incoming() {
    Map<StockKey, Quantity> incoming = new HashMap<>();
    for (PurchaseOrder po : purchaseOrders.all()) {
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
    for (OrderAllocation allocation : allocations.withBackorders()) {
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
