package io.bizloop.inventory.application;

import io.bizloop.core.Money;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.event.ReturnAccepted;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.SalesOrderConfirmed;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.UnitOfWork;
import io.bizloop.inventory.memory.InMemoryInventorySequences;
import io.bizloop.inventory.memory.InMemoryOrderAllocations;
import io.bizloop.inventory.memory.InMemoryProducts;
import io.bizloop.inventory.memory.InMemoryPurchaseOrders;
import io.bizloop.inventory.memory.InMemoryStockItems;
import io.bizloop.inventory.memory.InMemorySuppliers;
import io.bizloop.inventory.memory.InMemoryWarehouses;
import io.bizloop.inventory.port.InventorySequences;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.PurchaseOrders;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.Suppliers;
import io.bizloop.inventory.port.Warehouses;
import java.util.List;
import java.util.Optional;

/**
 * The inventory context: warehouses, products, suppliers, stock items with moving-average or
 * FIFO costing, reservations and backorders of sales orders, purchasing and suggestions.
 *
 * <p>{@link #install} subscribes its policies on the bus under the consumer name
 * {@value #CONSUMER}: {@link SalesOrderConfirmed} reserves, {@link SalesOrderCancelled} releases,
 * {@link ReturnAccepted} takes goods back. Every use case runs in the unit of work; a rejection
 * changes nothing. Invariants: design.md 7–12.
 */
public final class Inventory {

  /** The consumer name of inventory's policies on the event bus. */
  public static final String CONSUMER = "inventory";

  private final RegisterWarehouse registerWarehouse;
  private final RegisterProduct registerProduct;
  private final RegisterSupplier registerSupplier;
  private final PlacePurchaseOrder placePurchaseOrder;
  private final ReceivePurchase receivePurchase;
  private final TransferStock transferStock;
  private final CountStock countStock;
  private final ShipOrder shipOrder;
  private final ReserveStock reserveStock;
  private final ReleaseStock releaseStock;
  private final ReserveConfirmedOrder reserveConfirmedOrder;
  private final ReleaseCancelledOrder releaseCancelledOrder;
  private final TakeBackReturn takeBackReturn;
  private final StockReports reports;
  private final StockRoom room;

  private Inventory(StockRoom room) {
    this.room = room;
    this.registerWarehouse = new RegisterWarehouse(room);
    this.registerProduct = new RegisterProduct(room);
    this.registerSupplier = new RegisterSupplier(room);
    this.placePurchaseOrder = new PlacePurchaseOrder(room);
    this.receivePurchase = new ReceivePurchase(room);
    this.transferStock = new TransferStock(room);
    this.countStock = new CountStock(room);
    this.shipOrder = new ShipOrder(room);
    this.reserveStock = new ReserveStock(room);
    this.releaseStock = new ReleaseStock(room);
    this.reserveConfirmedOrder = new ReserveConfirmedOrder(room);
    this.releaseCancelledOrder = new ReleaseCancelledOrder(room);
    this.takeBackReturn = new TakeBackReturn(room);
    this.reports = new StockReports(room);
  }

  /** Wires inventory over the host's ports and subscribes its policies on {@code bus}. */
  public static Inventory install(
      SynchronousEventBus bus,
      UnitOfWork unitOfWork,
      CommandValidator validator,
      InventorySettings settings,
      Warehouses warehouses,
      Products products,
      Suppliers suppliers,
      StockItems stockItems,
      PurchaseOrders purchaseOrders,
      OrderAllocations allocations,
      InventorySequences sequences) {
    Inventory inventory =
        new Inventory(
            new StockRoom(
                unitOfWork, validator, bus, settings, warehouses, products, suppliers, stockItems, purchaseOrders,
                allocations, sequences));
    bus.subscribe(CONSUMER, SalesOrderConfirmed.class, inventory.reserveConfirmedOrder::handle);
    bus.subscribe(CONSUMER, SalesOrderCancelled.class, inventory.releaseCancelledOrder::handle);
    bus.subscribe(CONSUMER, ReturnAccepted.class, inventory.takeBackReturn::handle);
    return inventory;
  }

  /** Inventory over in-memory adapters bound to {@code unitOfWork}. */
  public static Inventory inMemory(
      SynchronousEventBus bus, InMemoryUnitOfWork unitOfWork, CommandValidator validator, InventorySettings settings) {
    return install(
        bus,
        unitOfWork,
        validator,
        settings,
        new InMemoryWarehouses(unitOfWork),
        new InMemoryProducts(unitOfWork),
        new InMemorySuppliers(unitOfWork),
        new InMemoryStockItems(unitOfWork),
        new InMemoryPurchaseOrders(unitOfWork),
        new InMemoryOrderAllocations(unitOfWork),
        new InMemoryInventorySequences(unitOfWork));
  }

  /** Inventory over in-memory adapters, with record constructors and own checks as the only validation. */
  public static Inventory inMemory(SynchronousEventBus bus, InMemoryUnitOfWork unitOfWork, InventorySettings settings) {
    return inMemory(bus, unitOfWork, CommandValidator.none(), settings);
  }

  // ---- use cases

  public RegisterWarehouse registerWarehouse() {
    return registerWarehouse;
  }

  public RegisterProduct registerProduct() {
    return registerProduct;
  }

  public RegisterSupplier registerSupplier() {
    return registerSupplier;
  }

  public PlacePurchaseOrder placePurchaseOrder() {
    return placePurchaseOrder;
  }

  public ReceivePurchase receivePurchase() {
    return receivePurchase;
  }

  public TransferStock transferStock() {
    return transferStock;
  }

  public CountStock countStock() {
    return countStock;
  }

  public ShipOrder shipOrder() {
    return shipOrder;
  }

  public ReserveStock reserveStock() {
    return reserveStock;
  }

  public ReleaseStock releaseStock() {
    return releaseStock;
  }

  /** The policy on {@link SalesOrderConfirmed} (already subscribed; exposed for hosts with their own delivery). */
  public ReserveConfirmedOrder reserveConfirmedOrder() {
    return reserveConfirmedOrder;
  }

  /** The policy on {@link SalesOrderCancelled}. */
  public ReleaseCancelledOrder releaseCancelledOrder() {
    return releaseCancelledOrder;
  }

  /** The policy on {@link ReturnAccepted}. */
  public TakeBackReturn takeBackReturn() {
    return takeBackReturn;
  }

  // ---- queries

  /** Per stock item (and sku × warehouse with incoming only), warehouses in registration order, then sku. */
  public List<StockRow> stock() {
    return reports.stock();
  }

  /** The purchase suggestions, recomputed from the current state. */
  public List<Suggestion> purchaseSuggestions() {
    return reports.purchaseSuggestions();
  }

  /** How far a confirmed order is filled; empty when inventory never saw it confirmed. */
  public Optional<OrderFulfilment> order(SalesOrderId order) {
    return reports.order(order);
  }

  public Availability availableToPromise(Sku sku) {
    return reports.availableToPromise(sku);
  }

  public boolean hasWarehouse(WarehouseId id) {
    return room.warehouses.find(id).isPresent();
  }

  /** The warehouses in registration order. */
  public List<WarehouseId> warehouses() {
    return room.warehouseOrder();
  }

  public Optional<ProductInfo> product(Sku sku) {
    return reports.product(sku);
  }

  public boolean hasSupplier(SupplierId id) {
    return room.suppliers.find(id).isPresent();
  }

  public Optional<PurchaseOrderView> purchaseOrder(PurchaseOrderId id) {
    return reports.purchaseOrder(id);
  }

  /** Σ stock values over all items (equals the inventory account's balance). */
  public Money stockValue() {
    return reports.stockValue();
  }

  public InventorySettings settings() {
    return room.settings;
  }
}
