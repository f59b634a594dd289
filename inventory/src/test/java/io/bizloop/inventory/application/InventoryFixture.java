package io.bizloop.inventory.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.ReceiptId;
import io.bizloop.core.ReturnId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.StockCountId;
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
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.HostPorts;
import io.bizloop.inventory.domain.CostingMethod;
import io.bizloop.inventory.memory.InMemoryInventoryPorts;
import io.bizloop.inventory.port.InventoryPorts;
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
  final InventoryPorts ports = InMemoryInventoryPorts.create(unitOfWork);
  final InventorySettings settings;
  final Inventory inventory;
  final List<BusinessEvent> published = Collections.synchronizedList(new ArrayList<>());
  private int events;

  InventoryFixture() {
    this(CostingMethod.MOVING_AVERAGE);
  }

  InventoryFixture(CostingMethod costing) {
    settings = new InventorySettings(java.util.Currency.getInstance("CNY"), io.bizloop.core.VatRate.STANDARD_CN, costing);
    inventory = Inventory.install(new HostPorts(bus, bus, unitOfWork, CommandValidator.none()), settings, ports);
    bus.subscribe("probe", BusinessEvent.class, e -> {
      unitOfWork.onRollback(() -> published.remove(e));
      published.add(e);
      return Outcome.done();
    });
    ok(inventory.registerSupplier(new RegisterSupplier.Command(SUPPLIER, "Supplier", DAY)));
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
    ok(inventory.registerWarehouse(new RegisterWarehouse.Command(wh(id), "Warehouse " + id, DAY)));
    return this;
  }

  InventoryFixture product(String sku) {
    return product(sku, null);
  }

  InventoryFixture product(String sku, CostingMethod costing) {
    RegisterProduct.Command command = RegisterProduct.Command.of(sku(sku), "Product " + sku, DAY);
    ok(inventory.registerProduct(costing == null ? command : command.costing(costing)));
    return this;
  }

  InventoryFixture productWithPolicy(String sku, String reorderPoint, String maxStock) {
    ok(inventory.registerProduct(RegisterProduct.Command.of(sku(sku), "Product " + sku, DAY).reorder(reorderPoint, maxStock)));
    return this;
  }

  Outcome<ReceiptId> tryReceive(String warehouse, String sku, String qty, String unitCost) {
    return inventory.receivePurchase(ReceivePurchase.Command.from(SUPPLIER, wh(warehouse), DAY).line(sku(sku), qty, unitCost));
  }

  ReceiptId receive(String warehouse, String sku, String qty, String unitCost) {
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
            EventId.of("confirm", SalesOrderId.of(order)), DAY, SalesOrderId.of(order), CustomerId.of("C-1"),
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
                        EventId.of("cancel", SalesOrderId.of(order)), DAY, SalesOrderId.of(order), CustomerId.of("C-1"), true))));
  }

  /** Publishes the {@code sequence}-th accepted return of {@code order}. */
  Outcome<Void> tryReturn(int sequence, String order, String warehouse, String sku, String qty) {
    ReturnId returnId = ReturnId.of(SalesOrderId.of(order), sequence);
    return unitOfWork.execute(
        () ->
            bus.publish(
                new ReturnAccepted(
                    EventId.of("return", returnId), DAY, returnId, SalesOrderId.of(order), CustomerId.of("C-1"),
                    warehouse == null ? null : wh(warehouse),
                    List.of(new ReturnAccepted.Line(sku(sku), Quantity.of(qty))))));
  }

  Outcome<ShipmentId> tryShip(String order, String... skuQty) {
    ShipOrder.Command command = ShipOrder.Command.all(SalesOrderId.of(order), DAY);
    for (int i = 0; i < skuQty.length; i += 2) {
      command = command.line(sku(skuQty[i]), skuQty[i + 1]);
    }
    return inventory.shipOrder(command);
  }

  ShipmentId ship(String order, String... skuQty) {
    return ok(tryShip(order, skuQty));
  }

  Outcome<Void> tryTransfer(String sku, String from, String to, String qty) {
    return inventory.transferStock(TransferStock.Command.of(sku(sku), wh(from), wh(to), qty, DAY));
  }

  Outcome<Optional<StockCountId>> count(String warehouse, String sku, String counted) {
    return inventory.countStock(CountStock.Command.of(wh(warehouse), sku(sku), counted, DAY));
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
        inventory.placePurchaseOrder(
            PlacePurchaseOrder.Command.of(PurchaseOrderId.of(id), SUPPLIER, wh(warehouse), DAY).line(sku(sku), qty, unitCost)));
  }
}
