package io.bizloop.inventory.domain;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What inventory holds for one confirmed sales order: per line, the stock reserved in each
 * warehouse, the backorder, and what was shipped and returned with its cost.
 *
 * <p>Invariants: per line reserved (Σ warehouses) + backordered + shipped ≤ ordered, each ≥ 0
 * (equality until the order is cancelled); returned ≤ shipped and returned cost ≤ shipped cost;
 * a cancelled allocation reserves and backorders nothing. The stock items hold the matching
 * reservations under {@link StockItem#orderReservation}.
 */
public final class OrderAllocation {

  /**
   * One line's state.
   *
   * @param sku the product
   * @param ordered how much was ordered
   * @param reserved reserved per warehouse, in the order the reservations were first made
   * @param backordered ordered but neither reserved nor shipped
   * @param shipped shipped so far
   * @param shippedCost the cost of what shipped
   * @param returned returned so far
   * @param returnedCost the cost returned so far
   * @param shippedFrom the warehouses the line shipped from, first shipment first
   */
  public record Line(
      Sku sku,
      Quantity ordered,
      List<WarehouseQuantity> reserved,
      Quantity backordered,
      Quantity shipped,
      Money shippedCost,
      Quantity returned,
      Money returnedCost,
      List<WarehouseId> shippedFrom) {
    public Line {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(ordered, "ordered");
      reserved = List.copyOf(reserved);
      Objects.requireNonNull(backordered, "backordered");
      Objects.requireNonNull(shipped, "shipped");
      Objects.requireNonNull(shippedCost, "shippedCost");
      Objects.requireNonNull(returned, "returned");
      Objects.requireNonNull(returnedCost, "returnedCost");
      shippedFrom = List.copyOf(shippedFrom);
    }

    public Quantity reservedTotal() {
      Quantity total = Quantity.zero(ordered.unit());
      for (WarehouseQuantity r : reserved) {
        total = total.plus(r.quantity());
      }
      return total;
    }

    public Quantity reservedIn(WarehouseId warehouse) {
      for (WarehouseQuantity r : reserved) {
        if (r.warehouse().equals(warehouse)) {
          return r.quantity();
        }
      }
      return Quantity.zero(ordered.unit());
    }

    /** What may still be returned: shipped − returned. */
    public Quantity returnable() {
      return shipped.minus(returned);
    }
  }

  /**
   * A quantity in one warehouse.
   *
   * @param warehouse where
   * @param quantity how much
   */
  public record WarehouseQuantity(WarehouseId warehouse, Quantity quantity) {
    public WarehouseQuantity {
      Objects.requireNonNull(warehouse, "warehouse");
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /**
   * A released reservation: where, which sku, how much.
   *
   * @param sku the product
   * @param warehouse where it was reserved
   * @param quantity how much
   */
  public record Released(Sku sku, WarehouseId warehouse, Quantity quantity) {}

  /**
   * The stored state of an allocation.
   *
   * @param order the sales order
   * @param customer who ordered
   * @param warehouse the warehouse the order must be filled from, or {@code null} for any
   * @param backorderWarehouse where its backorders count (the order's warehouse, else the first registered)
   * @param confirmation the confirmation sequence: older confirmations fill first
   * @param cancelled whether the order was cancelled
   * @param shipments how many shipments were made
   * @param lines the lines, in order
   * @param version optimistic-locking version
   */
  public record Snapshot(
      SalesOrderId order,
      CustomerId customer,
      WarehouseId warehouse,
      WarehouseId backorderWarehouse,
      long confirmation,
      boolean cancelled,
      int shipments,
      List<Line> lines,
      long version) {
    public Snapshot {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(backorderWarehouse, "backorderWarehouse");
      lines = List.copyOf(lines);
    }
  }

  private final SalesOrderId order;
  private final CustomerId customer;
  private final WarehouseId warehouse;
  private final WarehouseId backorderWarehouse;
  private final long confirmation;
  private boolean cancelled;
  private int shipments;
  private final List<MutableLine> lines = new ArrayList<>();
  private final long version;

  private static final class MutableLine {
    final Sku sku;
    final Quantity ordered;
    final Map<WarehouseId, Quantity> reserved = new LinkedHashMap<>();
    Quantity backordered;
    Quantity shipped;
    Money shippedCost;
    Quantity returned;
    Money returnedCost;
    final List<WarehouseId> shippedFrom = new ArrayList<>();

    MutableLine(Line line) {
      sku = line.sku();
      ordered = line.ordered();
      line.reserved().forEach(r -> reserved.put(r.warehouse(), r.quantity()));
      backordered = line.backordered();
      shipped = line.shipped();
      shippedCost = line.shippedCost();
      returned = line.returned();
      returnedCost = line.returnedCost();
      shippedFrom.addAll(line.shippedFrom());
    }

    Line freeze() {
      List<WarehouseQuantity> list = new ArrayList<>();
      reserved.forEach((w, q) -> list.add(new WarehouseQuantity(w, q)));
      return new Line(sku, ordered, list, backordered, shipped, shippedCost, returned, returnedCost, shippedFrom);
    }

    Quantity reservedIn(WarehouseId w) {
      return reserved.getOrDefault(w, Quantity.zero(ordered.unit()));
    }
  }

  private OrderAllocation(Snapshot s) {
    order = s.order();
    customer = s.customer();
    warehouse = s.warehouse();
    backorderWarehouse = s.backorderWarehouse();
    confirmation = s.confirmation();
    cancelled = s.cancelled();
    shipments = s.shipments();
    s.lines().forEach(l -> lines.add(new MutableLine(l)));
    version = s.version();
  }

  /**
   * A new allocation with every line fully backordered; the caller then reserves what is available.
   *
   * @param quantities the ordered quantity of each sku, positive, same order as {@code skus}
   * @param skus the ordered skus, each once
   */
  public static OrderAllocation create(
      SalesOrderId order,
      CustomerId customer,
      WarehouseId warehouse,
      WarehouseId backorderWarehouse,
      long confirmation,
      List<Quantity> quantities,
      List<Sku> skus,
      Currency currency) {
    if (quantities.size() != skus.size() || skus.isEmpty()) {
      throw new IllegalArgumentException("an allocation needs one quantity per sku");
    }
    List<Line> initial = new ArrayList<>();
    for (int i = 0; i < skus.size(); i++) {
      Quantity q = quantities.get(i);
      if (!q.isPositive()) {
        throw new IllegalArgumentException("ordered quantity must be positive, was " + q);
      }
      Quantity zero = Quantity.zero(q.unit());
      Money none = Money.zero(currency);
      initial.add(new Line(skus.get(i), q, List.of(), q, zero, none, zero, none, List.of()));
    }
    if (initial.stream().map(Line::sku).distinct().count() != initial.size()) {
      throw new IllegalArgumentException("the same sku twice on order " + order);
    }
    return new OrderAllocation(
        new Snapshot(order, customer, warehouse, backorderWarehouse, confirmation, false, 0, initial, 0));
  }

  public static OrderAllocation restore(Snapshot snapshot) {
    return new OrderAllocation(snapshot);
  }

  public Snapshot snapshot() {
    return new Snapshot(
        order, customer, warehouse, backorderWarehouse, confirmation, cancelled, shipments, lines(), version);
  }

  public SalesOrderId order() {
    return order;
  }

  public CustomerId customer() {
    return customer;
  }

  /** The warehouse the order must be filled from, if it names one. */
  public Optional<WarehouseId> warehouse() {
    return Optional.ofNullable(warehouse);
  }

  public WarehouseId backorderWarehouse() {
    return backorderWarehouse;
  }

  public long confirmation() {
    return confirmation;
  }

  public boolean cancelled() {
    return cancelled;
  }

  public long version() {
    return version;
  }

  /** The stock item reservation id of this order. */
  public String reservationId() {
    return StockItem.orderReservation(order);
  }

  public List<Line> lines() {
    return lines.stream().map(MutableLine::freeze).toList();
  }

  public Optional<Line> line(Sku sku) {
    return find(sku).map(MutableLine::freeze);
  }

  /** Whether every line shipped all it ordered. */
  public boolean fullyShipped() {
    return lines.stream().allMatch(l -> l.shipped.compareTo(l.ordered) >= 0);
  }

  /** Whether stock arriving in {@code where} may fill this order's backorders. */
  public boolean fillableFrom(WarehouseId where) {
    return !cancelled && (warehouse == null || warehouse.equals(where));
  }

  /** Moves {@code quantity} of the backorder of {@code sku} to a reservation in {@code where}. */
  public void reserve(Sku sku, WarehouseId where, Quantity quantity) {
    MutableLine line = require(sku);
    requireOpen();
    if (!quantity.isPositive() || quantity.isGreaterThan(line.backordered)) {
      throw new IllegalStateException(order + " " + sku + ": cannot reserve " + quantity + " of backorder " + line.backordered);
    }
    line.backordered = line.backordered.minus(quantity);
    line.reserved.merge(where, quantity, Quantity::plus);
  }

  /** Turns {@code quantity} reserved in {@code where} back into a backorder (a count found less). */
  public void unreserve(Sku sku, WarehouseId where, Quantity quantity) {
    MutableLine line = require(sku);
    takeReservation(line, where, quantity);
    line.backordered = line.backordered.plus(quantity);
  }

  /** Records a shipment of {@code quantity} out of the reservation in {@code from} at {@code cost}. */
  public void ship(Sku sku, WarehouseId from, Quantity quantity, Money cost) {
    MutableLine line = require(sku);
    requireOpen();
    takeReservation(line, from, quantity);
    line.shipped = line.shipped.plus(quantity);
    line.shippedCost = line.shippedCost.plus(cost);
    if (!line.shippedFrom.contains(from)) {
      line.shippedFrom.add(from);
    }
  }

  /** The next shipment's document id, {@code <order>/S<n>}. */
  public String nextShipment() {
    shipments++;
    return order.value() + "/S" + shipments;
  }

  /** The cost a return of {@code quantity} of {@code sku} re-enters at: a share of the shipped cost not yet returned. */
  public Money returnCost(Sku sku, Quantity quantity) {
    MutableLine line = require(sku);
    Quantity returnable = line.shipped.minus(line.returned);
    if (!quantity.isPositive() || quantity.isGreaterThan(returnable)) {
      throw new IllegalStateException(order + " " + sku + ": cannot return " + quantity + " of " + returnable);
    }
    return line.shippedCost.minus(line.returnedCost).share(quantity.value(), returnable.value());
  }

  /** Records a return of {@code quantity} of {@code sku} at {@code cost}. */
  public void recordReturn(Sku sku, Quantity quantity, Money cost) {
    MutableLine line = require(sku);
    if (quantity.isGreaterThan(line.shipped.minus(line.returned))) {
      throw new IllegalStateException(order + " " + sku + ": cannot return " + quantity);
    }
    line.returned = line.returned.plus(quantity);
    line.returnedCost = line.returnedCost.plus(cost);
  }

  /** Cancels the order: drops its backorders and answers every reservation it released. */
  public List<Released> cancel() {
    List<Released> released = new ArrayList<>();
    for (MutableLine line : lines) {
      line.reserved.forEach((w, q) -> released.add(new Released(line.sku, w, q)));
      line.reserved.clear();
      line.backordered = Quantity.zero(line.ordered.unit());
    }
    cancelled = true;
    return List.copyOf(released);
  }

  private void takeReservation(MutableLine line, WarehouseId where, Quantity quantity) {
    Quantity held = line.reservedIn(where);
    if (!quantity.isPositive() || quantity.isGreaterThan(held)) {
      throw new IllegalStateException(order + " " + line.sku + ": " + quantity + " is not reserved in " + where + " (" + held + ")");
    }
    Quantity rest = held.minus(quantity);
    if (rest.isZero()) {
      line.reserved.remove(where);
    } else {
      line.reserved.put(where, rest);
    }
  }

  private void requireOpen() {
    if (cancelled) {
      throw new IllegalStateException("order " + order + " is cancelled");
    }
  }

  private Optional<MutableLine> find(Sku sku) {
    return lines.stream().filter(l -> l.sku.equals(sku)).findFirst();
  }

  private MutableLine require(Sku sku) {
    return find(sku).orElseThrow(() -> new IllegalArgumentException(sku + " is not on order " + order));
  }
}
