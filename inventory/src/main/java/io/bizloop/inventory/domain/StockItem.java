package io.bizloop.inventory.domain;

import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The stock of one sku in one warehouse: what is on hand, what is reserved, and its value.
 *
 * <p>Invariants (design.md 7–10): 0 ≤ reserved ≤ onHand and reserved = Σ reservations;
 * available = onHand − reserved; value ≥ 0 and value = 0 when onHand = 0; under FIFO the cost
 * layers add up to onHand and value. Issues follow the part-of-a-whole rule, so emptying the
 * item always takes exactly its value. The caller checks the business rules (available stock,
 * reserved quantity) first; a broken precondition here is a programming error.
 */
public final class StockItem {

  /**
   * One reservation held on this item.
   *
   * @param id the reservation's id (an order's reservation uses {@link #orderReservation})
   * @param quantity how much, positive
   */
  public record Reservation(String id, Quantity quantity) {
    public Reservation {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /**
   * The stored state of a stock item.
   *
   * @param sku the product
   * @param warehouse the warehouse
   * @param costing the costing method
   * @param onHand what is physically there
   * @param value its value
   * @param layers the FIFO cost layers, oldest first (empty under moving average)
   * @param lastReceiptUnitCost the unit cost of the last purchase receipt into this item, or {@code null}
   * @param reservations the reservations, oldest first
   * @param version optimistic-locking version
   */
  public record Snapshot(
      Sku sku,
      WarehouseId warehouse,
      CostingMethod costing,
      Quantity onHand,
      Money value,
      List<CostLayer> layers,
      BigDecimal lastReceiptUnitCost,
      List<Reservation> reservations,
      long version) {
    public Snapshot {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(warehouse, "warehouse");
      Objects.requireNonNull(costing, "costing");
      Objects.requireNonNull(onHand, "onHand");
      Objects.requireNonNull(value, "value");
      layers = List.copyOf(layers);
      reservations = List.copyOf(reservations);
    }

    public StockKey key() {
      return new StockKey(sku, warehouse);
    }
  }

  private final Sku sku;
  private final WarehouseId warehouse;
  private final CostingMethod costing;
  private Quantity onHand;
  private Money value;
  private final List<CostLayer> layers;
  private BigDecimal lastReceiptUnitCost;
  private final Map<String, Quantity> reservations;
  private final long version;

  private StockItem(Snapshot s) {
    this.sku = s.sku();
    this.warehouse = s.warehouse();
    this.costing = s.costing();
    this.onHand = s.onHand();
    this.value = s.value();
    this.layers = new ArrayList<>(s.layers());
    this.lastReceiptUnitCost = s.lastReceiptUnitCost();
    this.reservations = new LinkedHashMap<>();
    for (Reservation r : s.reservations()) {
      reservations.put(r.id(), r.quantity());
    }
    this.version = s.version();
    checkInvariants();
  }

  /** An empty stock item. */
  public static StockItem create(Sku sku, WarehouseId warehouse, String unit, CostingMethod costing, Currency currency) {
    return new StockItem(
        new Snapshot(sku, warehouse, costing, Quantity.zero(unit), Money.zero(currency), List.of(), null, List.of(), 0));
  }

  public static StockItem restore(Snapshot snapshot) {
    return new StockItem(snapshot);
  }

  public Snapshot snapshot() {
    List<Reservation> list = new ArrayList<>();
    reservations.forEach((id, q) -> list.add(new Reservation(id, q)));
    return new Snapshot(sku, warehouse, costing, onHand, value, layers, lastReceiptUnitCost, list, version);
  }

  /** The reservation id under which a sales order's line holds stock here. */
  public static String orderReservation(io.bizloop.core.SalesOrderId order) {
    return "order:" + order.value();
  }

  public StockKey key() {
    return new StockKey(sku, warehouse);
  }

  public Sku sku() {
    return sku;
  }

  public WarehouseId warehouse() {
    return warehouse;
  }

  public CostingMethod costing() {
    return costing;
  }

  public String unit() {
    return onHand.unit();
  }

  public Quantity onHand() {
    return onHand;
  }

  public Money value() {
    return value;
  }

  public long version() {
    return version;
  }

  public Quantity reserved() {
    Quantity total = Quantity.zero(unit());
    for (Quantity q : reservations.values()) {
      total = total.plus(q);
    }
    return total;
  }

  public Quantity available() {
    return onHand.minus(reserved());
  }

  /** The quantity held by reservation {@code id}, zero when none. */
  public Quantity reservation(String id) {
    return reservations.getOrDefault(id, Quantity.zero(unit()));
  }

  public boolean hasReservation(String id) {
    return reservations.containsKey(id);
  }

  public List<Reservation> reservations() {
    return snapshot().reservations();
  }

  public List<CostLayer> layers() {
    return List.copyOf(layers);
  }

  public BigDecimal lastReceiptUnitCost() {
    return lastReceiptUnitCost;
  }

  /** Adds {@code quantity} to reservation {@code id}; requires it to be available. */
  public void reserve(String id, Quantity quantity) {
    requirePositive(quantity);
    if (quantity.isGreaterThan(available())) {
      throw new IllegalStateException("reserve " + quantity + " of " + key() + ": only " + available() + " available");
    }
    reservations.merge(id, quantity, Quantity::plus);
    checkInvariants();
  }

  /** Takes {@code quantity} off reservation {@code id}; requires it to hold that much. */
  public void release(String id, Quantity quantity) {
    requirePositive(quantity);
    Quantity held = reservation(id);
    if (quantity.isGreaterThan(held)) {
      throw new IllegalStateException("release " + quantity + " of " + id + " at " + key() + ": it holds " + held);
    }
    Quantity rest = held.minus(quantity);
    if (rest.isZero()) {
      reservations.remove(id);
    } else {
      reservations.put(id, rest);
    }
    checkInvariants();
  }

  /** A purchase receipt of {@code quantity} valued {@code receivedValue}, at {@code unitCost} per unit. */
  public void receive(Quantity quantity, Money receivedValue, BigDecimal unitCost) {
    putAway(new CostLayer(quantity, receivedValue));
    this.lastReceiptUnitCost = Objects.requireNonNull(unitCost, "unitCost");
    checkInvariants();
  }

  /** Goods entering with their cost (a transfer in, a return): each layer becomes the newest. */
  public void putAway(List<CostLayer> incoming) {
    for (CostLayer layer : incoming) {
      putAway(layer);
    }
    checkInvariants();
  }

  /** Ships {@code quantity} for reservation {@code id}, consuming it; answers what left. */
  public Issue ship(String id, Quantity quantity) {
    Quantity held = reservation(id);
    if (quantity.isGreaterThan(held)) {
      throw new IllegalStateException("ship " + quantity + " of " + key() + " for " + id + ": reserved " + held);
    }
    release(id, quantity);
    return issue(quantity);
  }

  /** Takes {@code quantity} of unreserved stock out (a transfer); answers what left with its layers. */
  public Issue takeOut(Quantity quantity) {
    requirePositive(quantity);
    if (quantity.isGreaterThan(available())) {
      throw new IllegalStateException("take " + quantity + " out of " + key() + ": only " + available() + " available");
    }
    return issue(quantity);
  }

  /** What a gain of {@code gain} found by a count is worth (see {@link #count}). */
  public Money gainValue(Quantity gain) {
    if (onHand.isPositive()) {
      return value.share(gain.value(), onHand.value());
    }
    if (lastReceiptUnitCost != null) {
      return Money.rounded(gain.value().multiply(lastReceiptUnitCost), value.currency());
    }
    return Money.zero(value.currency());
  }

  /**
   * Sets on hand to {@code counted}; answers the signed value of the difference. A gain is worth
   * {@link #gainValue}; a loss is issued by the costing method. Requires counted ≥ reserved:
   * the caller turns reservations beyond the count back into backorders first.
   */
  public Money count(Quantity counted) {
    if (counted.isNegative() || counted.isLessThan(reserved())) {
      throw new IllegalStateException("count " + counted + " of " + key() + " below reserved " + reserved());
    }
    Quantity difference = counted.minus(onHand);
    if (difference.isZero()) {
      return Money.zero(value.currency());
    }
    if (difference.isPositive()) {
      Money gain = gainValue(difference);
      putAway(new CostLayer(difference, gain));
      checkInvariants();
      return gain;
    }
    return issue(difference.negate()).cost().negate();
  }

  private void putAway(CostLayer layer) {
    onHand = onHand.plus(layer.quantity());
    value = value.plus(layer.value());
    if (costing == CostingMethod.FIFO) {
      layers.add(layer);
    }
  }

  private Issue issue(Quantity quantity) {
    requirePositive(quantity);
    if (quantity.isGreaterThan(onHand)) {
      throw new IllegalStateException("issue " + quantity + " of " + key() + ": only " + onHand + " on hand");
    }
    List<CostLayer> taken = new ArrayList<>();
    Money cost;
    if (costing == CostingMethod.MOVING_AVERAGE) {
      cost = value.share(quantity.value(), onHand.value());
      taken.add(new CostLayer(quantity, cost));
    } else {
      cost = Money.zero(value.currency());
      Quantity left = quantity;
      while (left.isPositive()) {
        CostLayer oldest = layers.get(0);
        if (left.compareTo(oldest.quantity()) >= 0) {
          layers.remove(0);
          taken.add(oldest);
          cost = cost.plus(oldest.value());
          left = left.minus(oldest.quantity());
        } else {
          Money part = oldest.value().share(left.value(), oldest.quantity().value());
          layers.set(0, new CostLayer(oldest.quantity().minus(left), oldest.value().minus(part)));
          taken.add(new CostLayer(left, part));
          cost = cost.plus(part);
          left = left.minus(left);
        }
      }
    }
    onHand = onHand.minus(quantity);
    value = value.minus(cost);
    checkInvariants();
    return new Issue(quantity, cost, taken);
  }

  private void checkInvariants() {
    Quantity reserved = reserved();
    if (reserved.isNegative() || reserved.isGreaterThan(onHand)) {
      throw new IllegalStateException(key() + ": reserved " + reserved + " outside [0, " + onHand + "]");
    }
    if (value.isNegative()) {
      throw new IllegalStateException(key() + ": negative value " + value);
    }
    if (onHand.isZero() && !value.isZero()) {
      throw new IllegalStateException(key() + ": value " + value + " with nothing on hand");
    }
    if (costing == CostingMethod.FIFO) {
      Quantity q = Quantity.zero(unit());
      Money v = Money.zero(value.currency());
      for (CostLayer layer : layers) {
        q = q.plus(layer.quantity());
        v = v.plus(layer.value());
      }
      if (!q.equals(onHand) || !v.equals(value)) {
        throw new IllegalStateException(key() + ": layers " + q + " / " + v + " differ from " + onHand + " / " + value);
      }
    }
  }

  private static void requirePositive(Quantity quantity) {
    if (!quantity.isPositive()) {
      throw new IllegalArgumentException("quantity must be positive, was " + quantity);
    }
  }
}
