package io.bizloop.inventory.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.ReturnAccepted;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.SalesOrderConfirmed;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.inventory.domain.CostingMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** An in-memory inventory with a probe on the bus and short-hands for the steps the tests take. */
final class InventoryFixture {

  static final LocalDate DAY = LocalDate.of(2026, 11, 1);
  static final SupplierId SUPPLIER = SupplierId.of("S-1");

  final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  final SynchronousEventBus bus = new SynchronousEventBus(new InMemoryProcessedEvents(unitOfWork));
  final Inventory inventory;
  final List<BusinessEvent> published = Collections.synchronizedList(new ArrayList<>());
  private int events;

  InventoryFixture() {
    this(CostingMethod.MOVING_AVERAGE);
  }

  InventoryFixture(CostingMethod costing) {
    inventory =
        Inventory.inMemory(
            bus, unitOfWork, new InventorySettings(java.util.Currency.getInstance("CNY"), io.bizloop.core.VatRate.STANDARD_CN, costing));
    bus.subscribe("probe", BusinessEvent.class, e -> {
      unitOfWork.onRollback(() -> published.remove(e));
      published.add(e);
      return Outcome.done();
    });
    ok(inventory.registerSupplier().handle(new RegisterSupplier.Command(SUPPLIER, "Supplier", DAY)));
  }

  static <T> T ok(Outcome<T> outcome) {
    if (outcome.isRejected()) {
      throw new AssertionError("rejected: " + outcome.rejection());
    }
    return outcome.value();
  }

  static BigDecimal d(String value) {
    return new BigDecimal(value);
  }

  static Sku sku(String value) {
    return Sku.of(value);
  }

  static WarehouseId wh(String value) {
    return WarehouseId.of(value);
  }

  InventoryFixture warehouse(String id) {
    ok(inventory.registerWarehouse().handle(new RegisterWarehouse.Command(wh(id), "Warehouse " + id, DAY)));
    return this;
  }

  InventoryFixture product(String sku) {
    return product(sku, null);
  }

  InventoryFixture product(String sku, CostingMethod costing) {
    ok(
        inventory
            .registerProduct()
            .handle(new RegisterProduct.Command(sku(sku), "Product " + sku, null, costing, null, null, null, DAY)));
    return this;
  }

  InventoryFixture productWithPolicy(String sku, String reorderPoint, String maxStock) {
    ok(
        inventory
            .registerProduct()
            .handle(
                new RegisterProduct.Command(
                    sku(sku), "Product " + sku, null, null, null, Quantity.of(reorderPoint), Quantity.of(maxStock), DAY)));
    return this;
  }

  Outcome<String> tryReceive(String warehouse, String sku, String qty, String unitCost) {
    return inventory
        .receivePurchase()
        .handle(
            new ReceivePurchase.Command(
                null, SUPPLIER, wh(warehouse), List.of(new ReceivePurchase.ReceiptLine(sku(sku), d(qty), d(unitCost))), DAY));
  }

  String receive(String warehouse, String sku, String qty, String unitCost) {
    return ok(tryReceive(warehouse, sku, qty, unitCost));
  }

  /** Publishes a confirmation of {@code order} for skus and quantities given in pairs. */
  Outcome<Void> tryConfirm(String order, String warehouse, String... skuQty) {
    List<SalesOrderConfirmed.Line> lines = new ArrayList<>();
    for (int i = 0; i < skuQty.length; i += 2) {
      lines.add(
          new SalesOrderConfirmed.Line(
              sku(skuQty[i]), Quantity.of(skuQty[i + 1]), LineAmounts.zero(java.util.Currency.getInstance("CNY"))));
    }
    SalesOrderConfirmed event =
        new SalesOrderConfirmed(
            EventId.of(order + "/confirm"), DAY, SalesOrderId.of(order), CustomerId.of("C-1"),
            warehouse == null ? null : wh(warehouse), lines);
    return unitOfWork.execute(() -> bus.publish(event));
  }

  void confirm(String order, String warehouse, String... skuQty) {
    ok(tryConfirm(order, warehouse, skuQty));
  }

  void cancel(String order) {
    ok(
        unitOfWork.execute(
            () ->
                bus.publish(
                    new SalesOrderCancelled(
                        EventId.of(order + "/cancel"), DAY, SalesOrderId.of(order), CustomerId.of("C-1"), true))));
  }

  Outcome<Void> tryReturn(String returnId, String order, String warehouse, String sku, String qty) {
    return unitOfWork.execute(
        () ->
            bus.publish(
                new ReturnAccepted(
                    EventId.of(returnId), DAY, returnId, SalesOrderId.of(order), CustomerId.of("C-1"),
                    warehouse == null ? null : wh(warehouse),
                    List.of(new ReturnAccepted.Line(sku(sku), Quantity.of(qty))))));
  }

  Outcome<String> tryShip(String order, String... skuQty) {
    List<ShipOrder.Line> lines = new ArrayList<>();
    for (int i = 0; i < skuQty.length; i += 2) {
      lines.add(new ShipOrder.Line(sku(skuQty[i]), d(skuQty[i + 1])));
    }
    return inventory.shipOrder().handle(new ShipOrder.Command(SalesOrderId.of(order), lines, DAY));
  }

  String ship(String order, String... skuQty) {
    return ok(tryShip(order, skuQty));
  }

  Outcome<Void> tryTransfer(String sku, String from, String to, String qty) {
    return inventory.transferStock().handle(new TransferStock.Command(sku(sku), wh(from), wh(to), d(qty), DAY));
  }

  Outcome<String> count(String warehouse, String sku, String counted) {
    return inventory.countStock().handle(new CountStock.Command(wh(warehouse), sku(sku), d(counted), DAY));
  }

  Optional<StockRow> row(String warehouse, String sku) {
    return inventory.stock().stream()
        .filter(r -> r.warehouse().equals(wh(warehouse)) && r.sku().equals(sku(sku)))
        .findFirst();
  }

  StockRow stock(String warehouse, String sku) {
    return row(warehouse, sku).orElseThrow(() -> new AssertionError("no stock row " + sku + "@" + warehouse));
  }

  OrderFulfilment.Line line(String order, String sku) {
    return inventory.order(SalesOrderId.of(order)).orElseThrow().lines().stream()
        .filter(l -> l.sku().equals(sku(sku)))
        .findFirst()
        .orElseThrow();
  }

  <E extends BusinessEvent> List<E> events(Class<E> type) {
    synchronized (published) {
      return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  <E extends BusinessEvent> E last(Class<E> type) {
    List<E> all = events(type);
    if (all.isEmpty()) {
      throw new AssertionError("no " + type.getSimpleName());
    }
    return all.get(all.size() - 1);
  }

  static String money(io.bizloop.core.Money m) {
    return m.toPlainString();
  }

  static String qty(Quantity q) {
    return q.toPlainString();
  }

  PurchaseOrderId purchaseOrder(String id, String warehouse, String sku, String qty, String unitCost) {
    return ok(
        inventory
            .placePurchaseOrder()
            .handle(
                new PlacePurchaseOrder.Command(
                    PurchaseOrderId.of(id), SUPPLIER, wh(warehouse),
                    List.of(new PlacePurchaseOrder.Line(sku(sku), d(qty), d(unitCost))), DAY)));
  }
}
