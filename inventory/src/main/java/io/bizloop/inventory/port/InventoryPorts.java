package io.bizloop.inventory.port;

import java.util.Objects;

/**
 * The repositories (and sequences) a host gives inventory when it installs it; an in-memory set
 * comes from {@code io.bizloop.inventory.memory.InMemoryInventoryPorts}. All of them must take part
 * in the host's unit of work.
 *
 * @param warehouses the registered warehouses
 * @param products the product catalogue
 * @param suppliers the suppliers
 * @param stockItems the stock items of all warehouses
 * @param purchaseOrders the purchase orders
 * @param allocations what inventory holds for each confirmed sales order
 * @param sequences the module's document counters
 * @param reservations the fast path for stand-alone reservations ({@link StockReservations#none()} for none)
 */
public record InventoryPorts(
    Warehouses warehouses,
    Products products,
    Suppliers suppliers,
    StockItems stockItems,
    PurchaseOrders purchaseOrders,
    OrderAllocations allocations,
    InventorySequences sequences,
    StockReservations reservations) {

  /**
   * The ports without a fast path for stand-alone reservations ({@link StockReservations#none()}).
   *
   * @param warehouses the registered warehouses
   * @param products the product catalogue
   * @param suppliers the suppliers
   * @param stockItems the stock items of all warehouses
   * @param purchaseOrders the purchase orders
   * @param allocations what inventory holds for each confirmed sales order
   * @param sequences the module's document counters
   */
  public InventoryPorts(
      Warehouses warehouses, Products products, Suppliers suppliers, StockItems stockItems,
      PurchaseOrders purchaseOrders, OrderAllocations allocations, InventorySequences sequences) {
    this(warehouses, products, suppliers, stockItems, purchaseOrders, allocations, sequences, StockReservations.none());
  }

  /**
   * Checks that every port is given.
   *
   * @param warehouses the registered warehouses
   * @param products the product catalogue
   * @param suppliers the suppliers
   * @param stockItems the stock items of all warehouses
   * @param purchaseOrders the purchase orders
   * @param allocations what inventory holds for each confirmed sales order
   * @param sequences the module's document counters
   * @param reservations the fast path for stand-alone reservations, or {@link StockReservations#none()}
   * @throws NullPointerException when one is missing
   */
  public InventoryPorts {
    Objects.requireNonNull(warehouses, "warehouses");
    Objects.requireNonNull(products, "products");
    Objects.requireNonNull(suppliers, "suppliers");
    Objects.requireNonNull(stockItems, "stockItems");
    Objects.requireNonNull(purchaseOrders, "purchaseOrders");
    Objects.requireNonNull(allocations, "allocations");
    Objects.requireNonNull(sequences, "sequences");
    Objects.requireNonNull(reservations, "reservations");
  }
}
