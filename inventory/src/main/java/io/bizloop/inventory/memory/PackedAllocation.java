package io.bizloop.inventory.memory;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.OrderAllocation;
import java.util.Currency;
import java.util.List;

/**
 * A one-line order allocation's snapshot as the in-memory store keeps it: one object whose two
 * costs are numbers in minor units of one currency, instead of the snapshot, its line list, the
 * line and its cost (four objects, 152 bytes, per order of the year, which every young collection
 * copied once). The line's reservation and shipped-from lists are kept as they are (shared when
 * empty or of one warehouse). {@link #unpack} gives back a snapshot equal to the one packed.
 * Allocations of more lines, or whose costs are in two currencies, are kept as their snapshot.
 */
final class PackedAllocation {

  private final SalesOrderId order;
  private final CustomerId customer;
  private final WarehouseId warehouse;
  private final WarehouseId backorderWarehouse;
  private final long confirmation;
  private final boolean cancelled;
  private final int shipments;
  private final long version;
  // the line
  private final Sku sku;
  private final Quantity ordered;
  private final List<OrderAllocation.WarehouseQuantity> reserved;
  private final Quantity backordered;
  private final Quantity shipped;
  private final Quantity returned;
  private final Currency currency;
  private final long shippedCost;
  private final long returnedCost;
  private final List<WarehouseId> shippedFrom;

  private PackedAllocation(OrderAllocation.Snapshot s, OrderAllocation.Line line) {
    order = s.order();
    customer = s.customer();
    warehouse = s.warehouse();
    backorderWarehouse = s.backorderWarehouse();
    confirmation = s.confirmation();
    cancelled = s.cancelled();
    shipments = s.shipments();
    version = s.version();
    sku = line.sku();
    ordered = line.ordered();
    reserved = line.reserved();
    backordered = line.backordered();
    shipped = line.shipped();
    returned = line.returned();
    currency = line.shippedCost().currency();
    shippedCost = line.shippedCost().minor();
    returnedCost = line.returnedCost().minor();
    shippedFrom = line.shippedFrom();
  }

  /**
   * What the store keeps for {@code snapshot}: a packed allocation when it has one line whose two
   * costs are in one currency, else the snapshot itself.
   *
   * @param snapshot the snapshot to store
   * @return a {@link PackedAllocation} or {@code snapshot}
   */
  static Object pack(OrderAllocation.Snapshot snapshot) {
    if (snapshot.lines().size() != 1) {
      return snapshot;
    }
    OrderAllocation.Line line = snapshot.lines().get(0);
    return line.shippedCost().currency() == line.returnedCost().currency()
        ? new PackedAllocation(snapshot, line)
        : snapshot;
  }

  /**
   * The snapshot {@code stored} stands for.
   *
   * @param stored what {@link #pack} gave
   * @return a snapshot equal to the one packed
   */
  static OrderAllocation.Snapshot unpack(Object stored) {
    return stored instanceof PackedAllocation p ? p.snapshot() : (OrderAllocation.Snapshot) stored;
  }

  /**
   * The optimistic-locking version of what is stored.
   *
   * @param stored what {@link #pack} gave
   * @return its version
   */
  static long version(Object stored) {
    return stored instanceof PackedAllocation p ? p.version : ((OrderAllocation.Snapshot) stored).version();
  }

  /**
   * The confirmation sequence of what is stored (the order in which allocations are listed).
   *
   * @param stored what {@link #pack} gave
   * @return its confirmation
   */
  static long confirmation(Object stored) {
    return stored instanceof PackedAllocation p ? p.confirmation : ((OrderAllocation.Snapshot) stored).confirmation();
  }

  private OrderAllocation.Snapshot snapshot() {
    OrderAllocation.Line line = new OrderAllocation.Line(
        sku, ordered, reserved, backordered, shipped, Money.ofMinor(shippedCost, currency), returned,
        Money.ofMinor(returnedCost, currency), shippedFrom);
    return new OrderAllocation.Snapshot(
        order, customer, warehouse, backorderWarehouse, confirmation, cancelled, shipments, List.of(line), version);
  }
}
