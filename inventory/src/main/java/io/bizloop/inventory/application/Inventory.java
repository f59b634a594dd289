package io.bizloop.inventory.application;

import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.ReceiptId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.Sku;
import io.bizloop.core.StockCountId;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.ReturnAccepted;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.SalesOrderConfirmed;
import io.bizloop.core.port.CommandRunner;
import io.bizloop.core.port.EventSubscriptions;
import io.bizloop.core.port.HostPorts;
import io.bizloop.inventory.port.InventoryPorts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The inventory context's entry point: warehouses, products, suppliers, stock items with
 * moving-average or FIFO costing, reservations and backorders of sales orders, purchasing and
 * suggestions.
 *
 * <p>{@link #install} subscribes its policies under the consumer name {@value #CONSUMER}:
 * {@link SalesOrderConfirmed} reserves ({@link ReserveConfirmedOrder}), {@link SalesOrderCancelled}
 * releases ({@link ReleaseCancelledOrder}), {@link ReturnAccepted} takes goods back
 * ({@link TakeBackReturn}). Every command runs through the host's {@link CommandRunner}: checked,
 * in one unit of work, a stale save retried; a rejection changes nothing. Queries read the
 * repositories directly. Invariants: design.md 7–12.
 */
public final class Inventory {

  /** The consumer name of inventory's policies on the host's event subscriptions. */
  public static final String CONSUMER = "inventory";

  private final CommandRunner runner;
  private final io.bizloop.core.port.UnitOfWork unitOfWork;
  private final InventorySettings settings;
  private final RegisterWarehouse registerWarehouse;
  private final RegisterProduct registerProduct;
  private final RegisterSupplier registerSupplier;
  private final PlacePurchaseOrder placePurchaseOrder;
  private final OrderSuggestedStock orderSuggestedStock;
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

  private Inventory(HostPorts host, InventorySettings settings, InventoryPorts p) {
    this.runner = host.runner();
    this.unitOfWork = host.unitOfWork();
    this.settings = settings;
    Restocking restocking = new Restocking(p.stockItems(), p.allocations(), settings);
    this.registerWarehouse = new RegisterWarehouse(p.warehouses(), p.sequences());
    this.registerProduct = new RegisterProduct(p.products(), settings);
    this.registerSupplier = new RegisterSupplier(p.suppliers(), host.publisher());
    this.placePurchaseOrder = new PlacePurchaseOrder(p.purchaseOrders(), p.suppliers(), p.warehouses(), p.products());
    this.orderSuggestedStock =
        new OrderSuggestedStock(
            p.purchaseOrders(), p.suppliers(), p.warehouses(), p.products(), p.stockItems(), p.allocations());
    this.receivePurchase =
        new ReceivePurchase(
            p.purchaseOrders(), p.suppliers(), p.warehouses(), p.products(), p.sequences(), host.publisher(),
            restocking);
    this.transferStock = new TransferStock(p.warehouses(), p.products(), p.stockItems(), restocking);
    this.countStock =
        new CountStock(
            p.warehouses(), p.products(), p.stockItems(), p.allocations(), p.sequences(), host.publisher(), restocking);
    this.shipOrder = new ShipOrder(p.allocations(), p.stockItems(), p.warehouses(), host.publisher());
    this.reserveStock = new ReserveStock(p.products(), p.warehouses(), p.stockItems(), p.reservations(), settings);
    this.releaseStock = new ReleaseStock(p.stockItems(), restocking, p.reservations());
    this.reserveConfirmedOrder =
        new ReserveConfirmedOrder(
            p.warehouses(), p.products(), p.stockItems(), p.allocations(), p.sequences(), restocking, settings);
    this.releaseCancelledOrder = new ReleaseCancelledOrder(p.allocations(), p.stockItems(), p.warehouses(), restocking);
    this.takeBackReturn = new TakeBackReturn(p.warehouses(), p.products(), p.allocations(), host.publisher(), restocking);
    this.reports =
        new StockReports(
            p.warehouses(), p.products(), p.suppliers(), p.stockItems(), p.purchaseOrders(), p.allocations(), settings);
  }

  /**
   * Wires inventory over the host's ports and its repositories, and subscribes its policies on
   * {@code host.subscriptions()} as consumer {@value #CONSUMER}, each run through the host's runner.
   *
   * @param host the host's publisher, subscriptions, unit of work and validator
   * @param settings the company settings inventory works with
   * @param ports inventory's repositories and counters
   * @return the installed context
   */
  public static Inventory install(HostPorts host, InventorySettings settings, InventoryPorts ports) {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(ports, "ports");
    Inventory inventory = new Inventory(host, settings, ports);
    CommandRunner runner = inventory.runner;
    on(host.subscriptions(), runner, SalesOrderConfirmed.class, inventory.reserveConfirmedOrder::on);
    on(host.subscriptions(), runner, SalesOrderCancelled.class, inventory.releaseCancelledOrder::on);
    on(host.subscriptions(), runner, ReturnAccepted.class, inventory.takeBackReturn::on);
    return inventory;
  }

  /** Subscribes {@code policy} (one function for all events, not one per event) through {@code runner}. */
  private static <E extends BusinessEvent> void on(
      EventSubscriptions subscriptions, CommandRunner runner, Class<E> type, Function<? super E, Outcome<Void>> policy) {
    subscriptions.subscribe(CONSUMER, type, event -> runner.react(event, policy));
  }

  // ---- commands

  /**
   * Registers a warehouse (see {@link RegisterWarehouse}).
   *
   * @param command what to register
   * @return its id; INVALID_INPUT, DUPLICATE_ID
   */
  public Outcome<WarehouseId> registerWarehouse(RegisterWarehouse.Command command) {
    return runner.run(command, registerWarehouse);
  }

  /**
   * Registers a product (see {@link RegisterProduct}).
   *
   * @param command what to register, e.g. {@code RegisterProduct.Command.of(sku, name, day).reorder("5", "40")}
   * @return its sku; INVALID_INPUT, DUPLICATE_ID
   */
  public Outcome<Sku> registerProduct(RegisterProduct.Command command) {
    return runner.run(command, registerProduct);
  }

  /**
   * Registers a supplier (see {@link RegisterSupplier}).
   *
   * @param command what to register
   * @return its id; INVALID_INPUT, DUPLICATE_ID
   */
  public Outcome<SupplierId> registerSupplier(RegisterSupplier.Command command) {
    return runner.run(command, registerSupplier);
  }

  /**
   * Places a purchase order (see {@link PlacePurchaseOrder}).
   *
   * @param command what to order
   * @return its id; INVALID_INPUT, DUPLICATE_ID, UNKNOWN_REFERENCE
   */
  public Outcome<PurchaseOrderId> placePurchaseOrder(PlacePurchaseOrder.Command command) {
    return runner.run(command, placePurchaseOrder);
  }

  /**
   * Places a purchase order of the current purchase suggestions ({@link OrderSuggestedStock}).
   *
   * @param command the order, e.g. {@code OrderSuggestedStock.Command.of(po, acme, main, day).line(chair, "50.00")}
   * @return its id, or the rejection
   */
  public Outcome<PurchaseOrderId> orderSuggestedStock(OrderSuggestedStock.Command command) {
    return runner.run(command, orderSuggestedStock);
  }

  /**
   * Receives goods, against a purchase order or without one (see {@link ReceivePurchase}).
   *
   * @param command what arrived
   * @return the receipt's id; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE
   */
  public Outcome<ReceiptId> receivePurchase(ReceivePurchase.Command command) {
    return runner.run(command, receivePurchase);
  }

  /**
   * Moves unreserved stock between warehouses (see {@link TransferStock}).
   *
   * @param command what to move
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INSUFFICIENT_STOCK
   */
  public Outcome<Void> transferStock(TransferStock.Command command) {
    return runner.run(command, transferStock);
  }

  /**
   * Records a stock count (see {@link CountStock}).
   *
   * @param command what was counted
   * @return the count's id, or empty when nothing changed; INVALID_INPUT, UNKNOWN_REFERENCE
   */
  public Outcome<Optional<StockCountId>> countStock(CountStock.Command command) {
    return runner.run(command, countStock);
  }

  /**
   * Ships reserved stock of a confirmed order (see {@link ShipOrder}).
   *
   * @param command what to ship, e.g. {@code ShipOrder.Command.all(order, day)}
   * @return the shipment's id; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE, INSUFFICIENT_STOCK
   */
  public Outcome<ShipmentId> shipOrder(ShipOrder.Command command) {
    return runner.run(command, shipOrder);
  }

  /**
   * Reserves stock under a stand-alone reservation (see {@link ReserveStock}).
   *
   * @param command what to reserve
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INSUFFICIENT_STOCK
   */
  public Outcome<Void> reserveStock(ReserveStock.Command command) {
    return runner.run(command, reserveStock);
  }

  /**
   * Releases (part of) a stand-alone reservation (see {@link ReleaseStock}).
   *
   * @param command what to release
   * @return what was released; INVALID_INPUT, UNKNOWN_REFERENCE, INSUFFICIENT_STOCK
   */
  public Outcome<Quantity> releaseStock(ReleaseStock.Command command) {
    return runner.run(command, releaseStock);
  }

  // ---- queries

  /**
   * The stock report: one row per stock item (and per sku × warehouse with only incoming or
   * backordered quantities), warehouses in registration order, then by sku.
   *
   * @return the rows
   */
  public List<StockRow> stock() {
    return unitOfWork.read(() -> reports.stock());
  }

  /**
   * The purchase suggestions, recomputed from the current state.
   *
   * @return what to buy for which warehouse
   */
  public List<Suggestion> purchaseSuggestions() {
    return unitOfWork.read(() -> reports.purchaseSuggestions());
  }

  /**
   * How far a confirmed order is filled.
   *
   * @param order the sales order
   * @return its fulfilment; empty when inventory never saw it confirmed
   */
  public Optional<OrderFulfilment> order(SalesOrderId order) {
    return unitOfWork.read(() -> reports.order(order));
  }

  /**
   * Available-to-promise of a sku, per warehouse and in total.
   *
   * @param sku the product
   * @return what may still be reserved
   */
  public Availability availableToPromise(Sku sku) {
    return unitOfWork.read(() -> reports.availableToPromise(sku));
  }

  /**
   * What can be promised of a sku in one warehouse: {@link #availableToPromise(Sku)} of that
   * warehouse alone, without visiting the others.
   *
   * @param sku the product
   * @param warehouse the warehouse
   * @return on hand − reserved there; zero (in the product's unit) where nothing is stocked, the
   *     warehouse or the product is unknown
   */
  public Quantity availableToPromise(Sku sku, WarehouseId warehouse) {
    return unitOfWork.read(() -> reports.availableToPromise(sku, warehouse));
  }

  /**
   * Whether a warehouse is registered.
   *
   * @param id the warehouse
   * @return true when it is
   */
  public boolean hasWarehouse(WarehouseId id) {
    return unitOfWork.read(() -> reports.hasWarehouse(id));
  }

  /**
   * The registered warehouses.
   *
   * @return their ids in registration order
   */
  public List<WarehouseId> warehouses() {
    return unitOfWork.read(() -> reports.warehouseOrder());
  }

  /**
   * What other contexts may know about a product.
   *
   * @param sku the product
   * @return its terms, if registered
   */
  public Optional<ProductInfo> product(Sku sku) {
    return unitOfWork.read(() -> reports.product(sku));
  }

  /**
   * Whether a supplier is registered.
   *
   * @param id the supplier
   * @return true when it is
   */
  public boolean hasSupplier(SupplierId id) {
    return unitOfWork.read(() -> reports.hasSupplier(id));
  }

  /**
   * A purchase order as the reports show it.
   *
   * @param id the order
   * @return the order, if placed
   */
  public Optional<PurchaseOrderView> purchaseOrder(PurchaseOrderId id) {
    return unitOfWork.read(() -> reports.purchaseOrder(id));
  }

  /**
   * The value of all stock.
   *
   * @return Σ stock values over all items (equals the inventory account's balance)
   */
  public Money stockValue() {
    return unitOfWork.read(() -> reports.stockValue());
  }

  /**
   * The settings inventory was installed with.
   *
   * @return the settings
   */
  public InventorySettings settings() {
    return settings;
  }
}
