package io.bizloop.inventory.domain;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.Lists;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.ReturnAccepted;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What inventory holds for one confirmed sales order: per line, the stock reserved in each
 * warehouse, the backorder, and what was shipped and returned with its cost. It is the one source
 * of truth for an order's reservations; each {@link StockItem} keeps only the total of what orders
 * reserve there, changed by this allocation in the same decision.
 *
 * <p>Invariants: per line reserved (Σ warehouses) + backordered + shipped = ordered, each ≥ 0
 * (until the order is cancelled); returned ≤ shipped and returned cost ≤ shipped cost; a cancelled
 * allocation reserves and backorders nothing. Rejections of its decisions: UNKNOWN_REFERENCE (a sku
 * not on the order), INVALID_STATE (cancelled, fully shipped, more returned than returnable),
 * INSUFFICIENT_STOCK (shipping more than is reserved).
 */
public final class OrderAllocation {

  /** The event id kind of a shipment's {@link GoodsShipped}. */
  public static final String SHIPMENT_EVENT = "ship";

  /** The event id kind of a return's {@link GoodsReturned}. */
  public static final String RESTOCK_EVENT = "restock";

  /**
   * One line's state.
   *
   * @param sku the product
   * @param ordered how much was ordered, positive
   * @param reserved reserved per warehouse, in the order the reservations were first made
   * @param backordered ordered but neither reserved nor shipped, ≥ 0
   * @param shipped shipped so far, ≥ 0
   * @param shippedCost the cost of what shipped
   * @param returned returned so far, ≤ shipped
   * @param returnedCost the cost returned so far, ≤ shippedCost
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

    /**
     * Checks that every part is given.
     *
     * @param sku the product
     * @param ordered how much was ordered, positive
     * @param reserved reserved per warehouse, in the order the reservations were first made
     * @param backordered ordered but neither reserved nor shipped, ≥ 0
     * @param shipped shipped so far, ≥ 0
     * @param shippedCost the cost of what shipped
     * @param returned returned so far, ≤ shipped
     * @param returnedCost the cost returned so far, ≤ shippedCost
     * @param shippedFrom the warehouses the line shipped from, first shipment first
     * @throws NullPointerException when a part is missing
     */
    public Line {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(ordered, "ordered");
      reserved = List.copyOf(reserved);
      Objects.requireNonNull(backordered, "backordered");
      Objects.requireNonNull(shipped, "shipped");
      Objects.requireNonNull(shippedCost, "shippedCost");
      Objects.requireNonNull(returned, "returned");
      Objects.requireNonNull(returnedCost, "returnedCost");
      shippedFrom = shippedFrom.size() == 1 ? onlyFrom(shippedFrom.get(0)) : List.copyOf(shippedFrom);
    }

    /** The list of one warehouse most lines ship from, shared while it is the same warehouse (a racy cache of an immutable value). */
    private static List<WarehouseId> onlyFrom(WarehouseId warehouse) {
      List<WarehouseId> last = lastOnlyFrom;
      if (last != null && last.get(0).equals(warehouse)) {
        return last;
      }
      List<WarehouseId> only = List.of(warehouse);
      lastOnlyFrom = only;
      return only;
    }

    private static volatile List<WarehouseId> lastOnlyFrom;

    /**
     * What the line reserves over all warehouses.
     *
     * @return Σ reserved
     */
    public Quantity reservedTotal() {
      Quantity total = Quantity.zero(ordered.unit());
      for (WarehouseQuantity r : reserved) {
        total = total.plus(r.quantity());
      }
      return total;
    }

    /**
     * What the line reserves in one warehouse.
     *
     * @param warehouse the warehouse
     * @return the quantity, zero when none
     */
    public Quantity reservedIn(WarehouseId warehouse) {
      for (WarehouseQuantity r : reserved) {
        if (r.warehouse().equals(warehouse)) {
          return r.quantity();
        }
      }
      return Quantity.zero(ordered.unit());
    }

    /**
     * What may still be returned.
     *
     * @return shipped − returned
     */
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

    /**
     * Checks that both parts are given.
     *
     * @param warehouse where
     * @param quantity how much
     * @throws NullPointerException when a part is missing
     */
    public WarehouseQuantity {
      Objects.requireNonNull(warehouse, "warehouse");
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /**
   * A quantity of one sku asked of the order (to ship or to take back).
   *
   * @param sku the product
   * @param quantity how much, positive, at most 4 decimals, in the line's unit
   */
  public record Part(Sku sku, BigDecimal quantity) {

    /**
     * Checks that both parts are given.
     *
     * @param sku the product
     * @param quantity how much, positive, at most 4 decimals, in the line's unit
     * @throws NullPointerException when a part is missing
     */
    public Part {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /**
   * The stored state of an allocation.
   *
   * @param order the sales order
   * @param customer who ordered
   * @param warehouse the warehouse the order must be filled from, or {@code null} for any
   * @param backorderWarehouse where its backorders count (the order's warehouse, else the first registered)
   * @param confirmation the confirmation sequence: older confirmations fill first
   * @param cancelled whether the order was cancelled
   * @param shipments how many shipments were made (the last shipment's sequence number)
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

    /**
     * Checks that the required parts are given.
     *
     * @param order the sales order
     * @param customer who ordered
     * @param warehouse the warehouse the order must be filled from, or {@code null} for any
     * @param backorderWarehouse where its backorders count (the order's warehouse, else the first registered)
     * @param confirmation the confirmation sequence: older confirmations fill first
     * @param cancelled whether the order was cancelled
     * @param shipments how many shipments were made (the last shipment's sequence number)
     * @param lines the lines, in order
     * @param version optimistic-locking version
     * @throws NullPointerException when a part is missing
     */
    public Snapshot {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(backorderWarehouse, "backorderWarehouse");
      lines = List.copyOf(lines);
    }

    /**
     * This state as the next version stores it (what a repository writes on a successful save).
     *
     * @return the same state with version + 1
     */
    public Snapshot nextVersion() {
      return new Snapshot(
          order, customer, warehouse, backorderWarehouse, confirmation, cancelled, shipments, lines, version + 1);
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
    /** The line's unmodifiable list until a shipment adds a warehouse ({@link #shippedFrom}), then its own copy. */
    private List<WarehouseId> shippedFrom;

    MutableLine(Line line) {
      sku = line.sku();
      ordered = line.ordered();
      line.reserved().forEach(r -> reserved.put(r.warehouse(), r.quantity()));
      backordered = line.backordered();
      shipped = line.shipped();
      shippedCost = line.shippedCost();
      returned = line.returned();
      returnedCost = line.returnedCost();
      shippedFrom = line.shippedFrom();
    }

    Line freeze() {
      List<WarehouseQuantity> list;
      if (reserved.isEmpty()) {
        list = List.of();
      } else if (reserved.size() == 1) { // one warehouse, the common case: no array, kept as it is by Line
        Map.Entry<WarehouseId, Quantity> only = reserved.entrySet().iterator().next();
        list = List.of(new WarehouseQuantity(only.getKey(), only.getValue()));
      } else {
        List<WarehouseQuantity> several = new ArrayList<>(reserved.size());
        reserved.forEach((w, q) -> several.add(new WarehouseQuantity(w, q)));
        list = several;
      }
      return new Line(sku, ordered, list, backordered, shipped, shippedCost, returned, returnedCost, shippedFrom);
    }

    /** Notes that the line shipped from {@code warehouse} (once per warehouse, first shipment first). */
    void shippedFrom(WarehouseId warehouse) {
      if (shippedFrom.contains(warehouse)) {
        return;
      }
      shippedFrom = Lists.writable(shippedFrom);
      shippedFrom.add(warehouse);
    }

    Quantity reservedIn(WarehouseId w) {
      return reserved.getOrDefault(w, Quantity.zero(ordered.unit()));
    }

    Quantity reservedTotal() {
      Quantity total = Quantity.zero(ordered.unit());
      for (Quantity q : reserved.values()) {
        total = total.plus(q);
      }
      return total;
    }

    Quantity of(BigDecimal value) {
      return Quantity.of(value, ordered.unit());
    }

    void take(WarehouseId where, Quantity quantity) {
      Quantity rest = reservedIn(where).minus(quantity);
      if (rest.isZero()) {
        reserved.remove(where);
      } else {
        reserved.put(where, rest);
      }
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
   * A new allocation with every line fully backordered; {@link #reserveFrom} then reserves what is
   * available.
   *
   * @param order the sales order
   * @param customer who ordered
   * @param warehouse the warehouse the order must be filled from, or {@code null} for any
   * @param backorderWarehouse where its backorders count
   * @param confirmation the confirmation sequence number
   * @param quantities the ordered quantity of each sku, positive, same order as {@code skus}
   * @param skus the ordered skus, each once
   * @param currency the currency of costs
   * @return the allocation, version 0
   * @throws IllegalArgumentException for malformed lines (the caller checks them first)
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
    if (!Sku.allDistinct(initial, Line::sku)) {
      throw new IllegalArgumentException("the same sku twice on order " + order);
    }
    return new OrderAllocation(
        new Snapshot(order, customer, warehouse, backorderWarehouse, confirmation, false, 0, initial, 0));
  }

  /**
   * The allocation as it was stored.
   *
   * @param snapshot its stored state
   * @return the allocation
   */
  public static OrderAllocation restore(Snapshot snapshot) {
    return new OrderAllocation(snapshot);
  }

  /**
   * The allocation's state, for a repository to store.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(
        order, customer, warehouse, backorderWarehouse, confirmation, cancelled, shipments, lines(), version);
  }

  /**
   * The state as a repository stores it on a successful save: {@link #snapshot()} with the
   * version + 1, built once (for an adapter that keeps snapshots, so the invariants are checked
   * once per save rather than twice).
   *
   * @return the snapshot of the next version
   */
  public Snapshot nextSnapshot() {
    return new Snapshot(
        order, customer, warehouse, backorderWarehouse, confirmation, cancelled, shipments, lines(), version + 1);
  }

  /**
   * The sales order.
   *
   * @return its id
   */
  public SalesOrderId order() {
    return order;
  }

  /**
   * Who ordered.
   *
   * @return the customer
   */
  public CustomerId customer() {
    return customer;
  }

  /**
   * The warehouse the order must be filled from, if it names one.
   *
   * @return the warehouse, or empty for any
   */
  public Optional<WarehouseId> warehouse() {
    return Optional.ofNullable(warehouse);
  }

  /**
   * Where the order's backorders count (for the stock report and purchase suggestions).
   *
   * @return the order's warehouse, else the first registered one
   */
  public WarehouseId backorderWarehouse() {
    return backorderWarehouse;
  }

  /**
   * The confirmation sequence number: older confirmations fill first.
   *
   * @return the number
   */
  public long confirmation() {
    return confirmation;
  }

  /**
   * Whether the order was cancelled.
   *
   * @return true once cancelled
   */
  public boolean cancelled() {
    return cancelled;
  }

  /**
   * The version this allocation was loaded with.
   *
   * @return the optimistic-locking version
   */
  public long version() {
    return version;
  }

  /**
   * The lines.
   *
   * @return each line's state, in order
   */
  public List<Line> lines() {
    List<Line> frozen = new ArrayList<>(lines.size());
    for (MutableLine line : lines) {
      frozen.add(line.freeze());
    }
    return java.util.Collections.unmodifiableList(frozen);
  }

  /**
   * The line of {@code sku}.
   *
   * @param sku the product
   * @return the line, if the sku is on the order
   */
  public Optional<Line> line(Sku sku) {
    return find(sku).map(MutableLine::freeze);
  }

  /**
   * Whether every line shipped all it ordered.
   *
   * @return true when fully shipped
   */
  public boolean fullyShipped() {
    for (MutableLine line : lines) {
      if (line.shipped.compareTo(line.ordered) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether stock arriving in {@code where} may fill this order's backorders.
   *
   * @param where the warehouse
   * @return true when open and naming that warehouse or none
   */
  public boolean fillableFrom(WarehouseId where) {
    return !cancelled && (warehouse == null || warehouse.equals(where));
  }

  /**
   * The stock items holding this order's reservations.
   *
   * @return sku × warehouse of every reservation, line by line
   */
  public List<StockKey> reservedAt() {
    List<StockKey> keys = new ArrayList<>();
    for (MutableLine line : lines) {
      line.reserved.keySet().forEach(w -> keys.add(new StockKey(line.sku, w)));
    }
    return keys;
  }

  /**
   * Reserves in {@code item} what it has available of this order's backorder of its sku, changing
   * the item's total in the same step. Nothing is reserved when the order is cancelled, does not
   * take stock from that warehouse, or has no backorder of the sku.
   *
   * @param item the stock item with available stock
   * @return the quantity reserved (zero for none)
   */
  public Outcome<Quantity> reserveFrom(StockItem item) {
    Optional<MutableLine> found = find(item.sku());
    if (found.isEmpty() || !fillableFrom(item.warehouse())) {
      return Outcome.accepted(Quantity.zero(item.unit()));
    }
    MutableLine line = found.get();
    Quantity take = item.available().min(line.backordered);
    if (!take.isPositive()) {
      return Outcome.accepted(Quantity.zero(item.unit()));
    }
    Outcome<Void> reserved = item.reserveForOrder(take);
    if (reserved.isRejected()) {
      return reserved.rejectedAs();
    }
    line.backordered = line.backordered.minus(take);
    line.reserved.merge(item.warehouse(), take, Quantity::plus);
    return Outcome.accepted(take);
  }

  /**
   * Turns up to {@code most} of what this order reserves in {@code item} back into a backorder (a
   * count found less), changing the item's total in the same step.
   *
   * @param item the stock item
   * @param most the most to take back, ≥ 0
   * @return what was turned back (zero when the order reserves nothing there)
   */
  public Quantity backorderAt(StockItem item, Quantity most) {
    Optional<MutableLine> found = find(item.sku());
    if (found.isEmpty() || !most.isPositive()) {
      return Quantity.zero(item.unit());
    }
    MutableLine line = found.get();
    Quantity take = line.reservedIn(item.warehouse()).min(most);
    if (!take.isPositive() || !item.holdsForOrders(take)) {
      return Quantity.zero(item.unit());
    }
    item.releaseForOrder(take);
    line.take(item.warehouse(), take);
    line.backordered = line.backordered.plus(take);
    return take;
  }

  /**
   * Cancels the order: releases every reservation in its stock item and drops the backorders.
   *
   * @param items the stock items of {@link #reservedAt()}
   * @return the items released, in the order of {@link #reservedAt()}; INVALID_STATE when already
   *     cancelled or a stock item does not hold the reservation
   */
  public Outcome<List<StockKey>> cancel(Map<StockKey, StockItem> items) {
    if (cancelled) {
      return Outcome.rejected(RejectionCode.INVALID_STATE, "order " + order + " is cancelled");
    }
    List<StockKey> keys = reservedAt();
    for (StockKey key : keys) {
      StockItem item = items.get(key);
      if (item == null || !item.holdsForOrders(find(key.sku()).orElseThrow().reservedIn(key.warehouse()))) {
        return outOfStep(key);
      }
    }
    for (MutableLine line : lines) {
      line.reserved.forEach((w, q) -> items.get(new StockKey(line.sku, w)).releaseForOrder(q));
      line.reserved.clear();
      line.backordered = Quantity.zero(line.ordered.unit());
    }
    cancelled = true;
    return Outcome.accepted(keys);
  }

  /**
   * Ships reserved stock: the parts asked, or everything reserved when none is asked. A line
   * reserved in several warehouses ships from them in registration order, each at its own issue
   * cost. Decides {@link GoodsShipped} (one line per sku × warehouse) with event id
   * {@code ship:<shipment>}.
   *
   * @param parts what to ship (each sku once, quantities positive), empty for all that is reserved
   * @param items the stock items of {@link #reservedAt()}
   * @param registrationOrder the warehouses in registration order
   * @param date the business date
   * @return the new shipment's id with its event; UNKNOWN_REFERENCE (a sku not on the order),
   *     INVALID_STATE (cancelled or fully shipped), INSUFFICIENT_STOCK (nothing reserved, or more
   *     than is reserved for a line)
   */
  public Outcome<ShipmentId> ship(
      List<Part> parts, Map<StockKey, StockItem> items, List<WarehouseId> registrationOrder, LocalDate date) {
    for (Part part : parts) {
      if (find(part.sku()).isEmpty()) {
        return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, part.sku() + " is not on order " + order);
      }
    }
    if (cancelled) {
      return Outcome.rejected(RejectionCode.INVALID_STATE, "order " + order + " is cancelled");
    }
    if (fullyShipped()) {
      return Outcome.rejected(RejectionCode.INVALID_STATE, "order " + order + " is fully shipped");
    }
    record Take(MutableLine line, WarehouseId from, Quantity quantity) {}
    List<Take> takes = new ArrayList<>();
    if (parts.isEmpty()) {
      for (MutableLine line : lines) {
        for (WarehouseId from : inOrder(line.reserved.keySet(), registrationOrder)) {
          takes.add(new Take(line, from, line.reservedIn(from)));
        }
      }
      if (takes.isEmpty()) {
        return Outcome.rejected(RejectionCode.INSUFFICIENT_STOCK, "nothing is reserved for order " + order);
      }
    } else {
      for (Part part : parts) {
        MutableLine line = find(part.sku()).orElseThrow();
        Quantity wanted = line.of(part.quantity());
        Quantity reserved = line.reservedTotal();
        if (wanted.isGreaterThan(reserved)) {
          return Outcome.rejected(
              RejectionCode.INSUFFICIENT_STOCK,
              "shipping " + wanted.toPlainString() + " of " + part.sku() + " on " + order + ", only "
                  + reserved.toPlainString() + " reserved");
        }
        Quantity left = wanted;
        for (WarehouseId from : inOrder(line.reserved.keySet(), registrationOrder)) {
          Quantity take = left.min(line.reservedIn(from));
          if (take.isPositive()) {
            takes.add(new Take(line, from, take));
            left = left.minus(take);
          }
        }
      }
    }
    for (Take take : takes) {
      StockKey key = new StockKey(take.line().sku, take.from());
      StockItem item = items.get(key);
      if (item == null || !item.holdsForOrders(take.quantity())) {
        return outOfStep(key);
      }
    }
    List<GoodsShipped.Line> shipped = new ArrayList<>();
    for (Take take : takes) {
      MutableLine line = take.line();
      Issue issue = items.get(new StockKey(line.sku, take.from())).shipForOrder(take.quantity());
      line.take(take.from(), take.quantity());
      line.shipped = line.shipped.plus(take.quantity());
      line.shippedCost = line.shippedCost.plus(issue.cost());
      line.shippedFrom(take.from());
      shipped.add(new GoodsShipped.Line(line.sku, take.from(), take.quantity(), issue.cost()));
    }
    shipments++;
    ShipmentId shipment = ShipmentId.of(order, shipments);
    return Outcome.accepted(
        shipment,
        List.of(new GoodsShipped(EventId.of(SHIPMENT_EVENT, shipment), date, shipment, order, customer, shipped)));
  }

  /**
   * Where each line of a return goes back to: the warehouse the return names, else the first
   * warehouse (registration order) the line shipped from.
   *
   * @param accepted the accepted return
   * @param registrationOrder the warehouses in registration order
   * @return per sku, the warehouse; INVALID_INPUT (a sku twice), UNKNOWN_REFERENCE (a sku not on
   *     the order), INVALID_STATE (more than shipped and not yet returned)
   */
  public Outcome<Map<Sku, WarehouseId>> returnWarehouses(ReturnAccepted accepted, List<WarehouseId> registrationOrder) {
    Optional<io.bizloop.core.Rejection> refused = returnRefusal(accepted);
    if (refused.isPresent()) {
      return Outcome.rejected(refused.get());
    }
    Map<Sku, WarehouseId> into = new LinkedHashMap<>();
    for (ReturnAccepted.Line part : accepted.lines()) {
      MutableLine line = find(part.sku()).orElseThrow();
      into.put(
          part.sku(),
          accepted.requestedWarehouse().orElseGet(() -> inOrder(line.shippedFrom, registrationOrder).get(0)));
    }
    return Outcome.accepted(into);
  }

  /**
   * Takes returned goods back into {@code into} at round(remaining shipped cost × q / remaining
   * shipped quantity) of their line (FIFO: as the newest layer), and decides {@link GoodsReturned}
   * with event id {@code restock:<return>}.
   *
   * @param accepted the accepted return
   * @param into per sku, the stock item the goods re-enter (see {@link #returnWarehouses})
   * @return done with the event; the rejections of {@link #returnWarehouses}
   */
  public Outcome<Void> takeBack(ReturnAccepted accepted, Map<Sku, StockItem> into) {
    Optional<io.bizloop.core.Rejection> refused = returnRefusal(accepted);
    if (refused.isPresent()) {
      return Outcome.rejected(refused.get());
    }
    for (ReturnAccepted.Line part : accepted.lines()) {
      if (!into.containsKey(part.sku())) {
        return Outcome.rejected(RejectionCode.INVALID_STATE, "no stock item to take " + part.sku() + " back into");
      }
    }
    List<GoodsReturned.Line> returned = new ArrayList<>();
    for (ReturnAccepted.Line part : accepted.lines()) {
      MutableLine line = find(part.sku()).orElseThrow();
      Quantity q = line.of(part.quantity().value());
      Quantity returnable = line.shipped.minus(line.returned);
      Money cost = line.shippedCost.minus(line.returnedCost).share(q.value(), returnable.value());
      StockItem item = into.get(part.sku());
      item.putAway(List.of(new CostLayer(q, cost)));
      line.returned = line.returned.plus(q);
      line.returnedCost = line.returnedCost.plus(cost);
      returned.add(new GoodsReturned.Line(part.sku(), item.warehouse(), q, cost));
    }
    return Outcome.done(
        List.of(
            new GoodsReturned(
                EventId.of(RESTOCK_EVENT, accepted.returnId()), accepted.date(), accepted.returnId(), order,
                accepted.customer(), returned)));
  }

  private Optional<io.bizloop.core.Rejection> returnRefusal(ReturnAccepted accepted) {
    Set<Sku> seen = new HashSet<>();
    for (ReturnAccepted.Line part : accepted.lines()) {
      if (!seen.add(part.sku())) {
        return Optional.of(
            io.bizloop.core.Rejection.of(
                RejectionCode.INVALID_INPUT, "return " + accepted.returnId() + " has " + part.sku() + " twice"));
      }
    }
    for (ReturnAccepted.Line part : accepted.lines()) {
      if (find(part.sku()).isEmpty()) {
        return Optional.of(
            io.bizloop.core.Rejection.of(RejectionCode.UNKNOWN_REFERENCE, part.sku() + " is not on order " + order));
      }
    }
    for (ReturnAccepted.Line part : accepted.lines()) {
      MutableLine line = find(part.sku()).orElseThrow();
      Quantity q = line.of(part.quantity().value());
      Quantity returnable = line.shipped.minus(line.returned);
      if (!q.isPositive() || q.isGreaterThan(returnable)) {
        return Optional.of(
            io.bizloop.core.Rejection.of(
                RejectionCode.INVALID_STATE,
                "returning " + q.toPlainString() + " of " + part.sku() + " on " + order + ", only "
                    + returnable.toPlainString() + " shipped and not returned"));
      }
    }
    return Optional.empty();
  }

  private <T> Outcome<T> outOfStep(StockKey key) {
    return Outcome.rejected(
        RejectionCode.INVALID_STATE, "stock item " + key + " does not hold the reservation of order " + order);
  }

  /** {@code ids} in registration order (ones not registered last, as they come). */
  private static List<WarehouseId> inOrder(java.util.Collection<WarehouseId> ids, List<WarehouseId> registrationOrder) {
    List<WarehouseId> sorted = new ArrayList<>();
    for (WarehouseId id : registrationOrder) {
      if (ids.contains(id)) {
        sorted.add(id);
      }
    }
    for (WarehouseId id : ids) {
      if (!sorted.contains(id)) {
        sorted.add(id);
      }
    }
    return sorted;
  }

  private Optional<MutableLine> find(Sku sku) {
    for (MutableLine line : lines) {
      if (line.sku.equals(sku)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }
}
