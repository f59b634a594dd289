package io.bizloop.inventory.domain;

import io.bizloop.core.Lists;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The stock of one sku in one warehouse: what is on hand, what is reserved, and its value.
 *
 * <p>Invariants (design.md 7–10): 0 ≤ reserved ≤ onHand, where reserved = the total reserved for
 * sales orders + Σ stand-alone holds; available = onHand − reserved; value ≥ 0 and value = 0 when
 * onHand = 0; under FIFO the cost layers add up to onHand and value. Issues follow the
 * part-of-a-whole rule, so emptying the item always takes exactly its value.
 *
 * <p>The reservations of sales orders are held by {@link OrderAllocation} (per order, line and
 * warehouse); this item keeps only their total, changed by the allocation in the same decision.
 * Every "is it available" check is made here, and a business "no" is an {@link Outcome}:
 * {@code INSUFFICIENT_STOCK} beyond what is available or held, {@code UNKNOWN_REFERENCE} for a hold
 * that does not exist, {@code INVALID_STATE} for a count below what is reserved.
 */
public final class StockItem {

  /**
   * A stand-alone reservation held on this item.
   *
   * @param id the reservation's id
   * @param quantity how much it holds, positive
   */
  public record Hold(ReservationId id, Quantity quantity) {

    /**
     * Checks the parts.
     *
     * @param id the reservation's id
     * @param quantity how much it holds, positive
     * @throws NullPointerException when a part is missing
     * @throws IllegalArgumentException when the quantity is not positive
     */
    public Hold {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(quantity, "quantity");
      if (!quantity.isPositive()) {
        throw new IllegalArgumentException("a hold needs a positive quantity, was " + quantity);
      }
    }
  }

  /**
   * The stored state of a stock item; its constructor checks the item's invariants, so a
   * malformed snapshot can neither be stored nor restored.
   *
   * @param sku the product
   * @param warehouse the warehouse
   * @param costing the costing method
   * @param onHand what is physically there, ≥ 0
   * @param value its value, ≥ 0 and 0 when nothing is on hand
   * @param layers the FIFO cost layers, oldest first (empty under moving average)
   * @param lastReceiptUnitCost the unit cost of the last purchase receipt into this item, or {@code null}
   * @param reservedForOrders the total the sales orders' allocations reserve here, ≥ 0
   * @param holds the stand-alone reservations, oldest first
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
      Quantity reservedForOrders,
      List<Hold> holds,
      long version) {

    /**
     * Checks the invariants of a stock item.
     *
     * @param sku the product
     * @param warehouse the warehouse
     * @param costing the costing method
     * @param onHand what is physically there, ≥ 0
     * @param value its value, ≥ 0 and 0 when nothing is on hand
     * @param layers the FIFO cost layers, oldest first (empty under moving average)
     * @param lastReceiptUnitCost the unit cost of the last purchase receipt into this item, or {@code null}
     * @param reservedForOrders the total the sales orders' allocations reserve here, ≥ 0
     * @param holds the stand-alone reservations, oldest first
     * @param version optimistic-locking version
     * @throws NullPointerException when a part is missing
     * @throws IllegalArgumentException when an invariant is broken (a programming error)
     */
    public Snapshot {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(warehouse, "warehouse");
      Objects.requireNonNull(costing, "costing");
      Objects.requireNonNull(onHand, "onHand");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(reservedForOrders, "reservedForOrders");
      layers = List.copyOf(layers);
      holds = List.copyOf(holds);
      if (onHand.isNegative() || reservedForOrders.isNegative()) {
        throw new IllegalArgumentException(sku + "@" + warehouse + ": negative on hand or reserved");
      }
      Quantity reserved = reservedForOrders;
      for (int i = 0; i < holds.size(); i++) { // by index: no iterator per snapshot
        reserved = reserved.plus(holds.get(i).quantity());
      }
      if (reserved.isGreaterThan(onHand)) {
        throw new IllegalArgumentException(sku + "@" + warehouse + ": reserved " + reserved + " exceeds on hand " + onHand);
      }
      if (value.isNegative() || (onHand.isZero() && !value.isZero())) {
        throw new IllegalArgumentException(sku + "@" + warehouse + ": value " + value + " with " + onHand + " on hand");
      }
      if (costing == CostingMethod.FIFO) {
        Quantity q = Quantity.zero(onHand.unit());
        Money v = Money.zero(value.currency());
        for (CostLayer layer : layers) {
          q = q.plus(layer.quantity());
          v = v.plus(layer.value());
        }
        if (!q.equals(onHand) || !v.equals(value)) {
          throw new IllegalArgumentException(sku + "@" + warehouse + ": layers " + q + " / " + v + " differ from " + onHand + " / " + value);
        }
      }
    }

    /**
     * The identity of the item.
     *
     * @return sku × warehouse
     */
    public StockKey key() {
      return new StockKey(sku, warehouse);
    }

    /**
     * Everything reserved here.
     *
     * @return reservedForOrders + Σ holds
     */
    public Quantity reserved() {
      Quantity total = reservedForOrders;
      for (int i = 0; i < holds.size(); i++) {
        total = total.plus(holds.get(i).quantity());
      }
      return total;
    }

    /**
     * This state as the next version stores it (what a repository writes on a successful save).
     *
     * @return the same state with version + 1
     */
    public Snapshot nextVersion() {
      return new Snapshot(
          sku, warehouse, costing, onHand, value, layers, lastReceiptUnitCost, reservedForOrders, holds, version + 1);
    }
  }

  private final Sku sku;
  private final WarehouseId warehouse;
  private final CostingMethod costing;
  private Quantity onHand;
  private Money value;
  /** The snapshot's unmodifiable list until the first change, then a copy of this item's own. */
  private List<CostLayer> layers;
  private BigDecimal lastReceiptUnitCost;
  private Quantity reservedForOrders;
  private final Map<ReservationId, Quantity> holds = new LinkedHashMap<>();
  private final long version;

  private StockItem(Snapshot s) {
    this.sku = s.sku();
    this.warehouse = s.warehouse();
    this.costing = s.costing();
    this.onHand = s.onHand();
    this.value = s.value();
    this.layers = s.layers(); // unmodifiable: copied on the first change only (none under moving average)
    this.lastReceiptUnitCost = s.lastReceiptUnitCost();
    this.reservedForOrders = s.reservedForOrders();
    for (Hold hold : s.holds()) {
      holds.merge(hold.id(), hold.quantity(), Quantity::plus);
    }
    this.version = s.version();
  }

  /**
   * An empty stock item.
   *
   * @param sku the product
   * @param warehouse the warehouse
   * @param unit the product's unit of measure
   * @param costing the product's costing method
   * @param currency the currency of its value
   * @return an item with nothing on hand, version 0
   */
  public static StockItem create(Sku sku, WarehouseId warehouse, String unit, CostingMethod costing, Currency currency) {
    Quantity zero = Quantity.zero(unit);
    return new StockItem(
        new Snapshot(sku, warehouse, costing, zero, Money.zero(currency), List.of(), null, zero, List.of(), 0));
  }

  /**
   * The item as it was stored.
   *
   * @param snapshot its stored state
   * @return the item
   */
  public static StockItem restore(Snapshot snapshot) {
    return new StockItem(snapshot);
  }

  /**
   * The item's state, for a repository to store.
   *
   * @return the snapshot (its constructor checks the invariants)
   */
  public Snapshot snapshot() {
    return snapshotAt(version);
  }

  /**
   * The state as a repository stores it on a successful save: {@link #snapshot()} with the
   * version + 1, built once (for an adapter that keeps snapshots, so the invariants are checked
   * once per save rather than twice).
   *
   * @return the snapshot of the next version
   */
  public Snapshot nextSnapshot() {
    return snapshotAt(version + 1);
  }

  private Snapshot snapshotAt(long atVersion) {
    List<Hold> list = new ArrayList<>(holds.size());
    for (Map.Entry<ReservationId, Quantity> hold : holds.entrySet()) {
      list.add(new Hold(hold.getKey(), hold.getValue()));
    }
    return new Snapshot(
        sku, warehouse, costing, onHand, value, layers, lastReceiptUnitCost, reservedForOrders, list, atVersion);
  }

  /**
   * The identity of this item.
   *
   * @return sku × warehouse
   */
  public StockKey key() {
    return new StockKey(sku, warehouse);
  }

  /**
   * The product.
   *
   * @return its sku
   */
  public Sku sku() {
    return sku;
  }

  /**
   * The warehouse.
   *
   * @return its id
   */
  public WarehouseId warehouse() {
    return warehouse;
  }

  /**
   * How issues are valued.
   *
   * @return the costing method
   */
  public CostingMethod costing() {
    return costing;
  }

  /**
   * The unit of every quantity of this item.
   *
   * @return the unit of measure
   */
  public String unit() {
    return onHand.unit();
  }

  /**
   * What is physically there.
   *
   * @return on hand, ≥ 0
   */
  public Quantity onHand() {
    return onHand;
  }

  /**
   * Whether this item can take in a line worth up to the largest line amount a command accepts
   * (10¹² in the major unit) without its value passing the {@code long} range of minor units:
   * the check a use case makes before adding value, so that no sum the books keep can overflow.
   *
   * @return true when one more receipt, gain or return of any accepted size fits
   */
  public boolean hasRoomForAnotherLine() {
    long line = java.math.BigDecimal.TEN.pow(12 + Math.max(0, value.currency().getDefaultFractionDigits()))
        .min(java.math.BigDecimal.valueOf(Long.MAX_VALUE)).longValue();
    return value.minor() <= Long.MAX_VALUE - line && value.minor() >= 0;
  }

  /**
   * What the stock on hand is worth.
   *
   * @return its value, ≥ 0
   */
  public Money value() {
    return value;
  }

  /**
   * The version this item was loaded with.
   *
   * @return the optimistic-locking version
   */
  public long version() {
    return version;
  }

  /**
   * What sales orders reserve here in total (each order's share is in its {@link OrderAllocation}).
   *
   * @return the total, ≥ 0
   */
  public Quantity reservedForOrders() {
    return reservedForOrders;
  }

  /**
   * Everything reserved here: for orders and by stand-alone holds.
   *
   * @return reserved, between 0 and on hand
   */
  public Quantity reserved() {
    Quantity total = reservedForOrders;
    for (Quantity q : holds.values()) {
      total = total.plus(q);
    }
    return total;
  }

  /**
   * What may still be reserved or moved.
   *
   * @return onHand − reserved, ≥ 0
   */
  public Quantity available() {
    return onHand.minus(reserved());
  }

  /**
   * What the stand-alone reservation {@code id} holds.
   *
   * @param id the reservation
   * @return its quantity, zero when there is none
   */
  public Quantity held(ReservationId id) {
    return holds.getOrDefault(id, Quantity.zero(unit()));
  }

  /**
   * The stand-alone reservations, oldest first.
   *
   * @return the holds
   */
  public List<Hold> holds() {
    return snapshot().holds();
  }

  /**
   * The FIFO cost layers.
   *
   * @return the layers, oldest first (empty under moving average)
   */
  public List<CostLayer> layers() {
    return List.copyOf(layers);
  }

  /**
   * The unit cost of the last purchase receipt into this item.
   *
   * @return the unit cost, if anything was ever received
   */
  public Optional<BigDecimal> lastReceiptUnitCost() {
    return Optional.ofNullable(lastReceiptUnitCost);
  }

  /**
   * Reserves {@code quantity} under the stand-alone reservation {@code id} (a second call tops it up).
   *
   * @param id the reservation
   * @param quantity how much, positive, in this item's unit
   * @return done; INSUFFICIENT_STOCK beyond what is available
   */
  public Outcome<Void> reserve(ReservationId id, Quantity quantity) {
    Objects.requireNonNull(id, "id");
    Optional<Rejection> short_ = shortOf(quantity, "reserve");
    if (short_.isPresent()) {
      return Outcome.rejected(short_.get());
    }
    holds.merge(id, quantity, Quantity::plus);
    return Outcome.done();
  }

  /**
   * Releases all of the stand-alone reservation {@code id}.
   *
   * @param id the reservation
   * @return what it held; UNKNOWN_REFERENCE when there is no such reservation here
   */
  public Outcome<Quantity> releaseAll(ReservationId id) {
    Quantity held = holds.get(id);
    if (held == null) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "no reservation " + id + " of " + key());
    }
    return release(id, held);
  }

  /**
   * Releases {@code quantity} of the stand-alone reservation {@code id}.
   *
   * @param id the reservation
   * @param quantity how much, positive, in this item's unit
   * @return what was released; UNKNOWN_REFERENCE when there is no such reservation here,
   *     INSUFFICIENT_STOCK when it holds less
   */
  public Outcome<Quantity> release(ReservationId id, Quantity quantity) {
    Quantity held = holds.get(id);
    if (held == null) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "no reservation " + id + " of " + key());
    }
    if (!quantity.isPositive() || quantity.isGreaterThan(held)) {
      return Outcome.rejected(
          RejectionCode.INSUFFICIENT_STOCK,
          "releasing " + quantity.toPlainString() + " of reservation " + id + ", it holds " + held.toPlainString());
    }
    Quantity rest = held.minus(quantity);
    if (rest.isZero()) {
      holds.remove(id);
    } else {
      holds.put(id, rest);
    }
    return Outcome.accepted(quantity);
  }

  /**
   * A purchase receipt: {@code quantity} at {@code unitCost} per unit comes in, valued
   * round(quantity × unitCost) (FIFO: as the newest layer).
   *
   * @param quantity how much, positive, in this item's unit
   * @param unitCost VAT-exclusive cost per unit, positive
   * @return the value received
   */
  public Money receive(Quantity quantity, BigDecimal unitCost) {
    Money received = Money.rounded(quantity.value().multiply(unitCost), value.currency());
    putAway(new CostLayer(quantity, received));
    this.lastReceiptUnitCost = unitCost;
    return received;
  }

  /**
   * Goods entering with their cost (a transfer in, a return): each layer becomes the newest.
   *
   * @param incoming the quantities with their values
   */
  public void putAway(List<CostLayer> incoming) {
    for (CostLayer layer : incoming) {
      putAway(layer);
    }
  }

  /**
   * Takes {@code quantity} of unreserved stock out (a transfer), at its issue cost.
   *
   * @param quantity how much, positive, in this item's unit
   * @return what left with its layers; INSUFFICIENT_STOCK beyond what is available
   */
  public Outcome<Issue> takeOut(Quantity quantity) {
    Optional<Rejection> short_ = shortOf(quantity, "move");
    if (short_.isPresent()) {
      return Outcome.rejected(short_.get());
    }
    return Outcome.accepted(issue(quantity));
  }

  /**
   * What a gain of {@code gain} found by a count is worth: round(value × gain / onHand), else the
   * last receipt's unit cost × gain, else 0.
   *
   * @param gain the quantity found beyond on hand, positive
   * @return its value
   */
  public Money gainValue(Quantity gain) {
    if (onHand.isPositive()) {
      return value.share(gain.value(), onHand.value());
    }
    if (lastReceiptUnitCost != null) {
      return Money.rounded(gain.value().multiply(lastReceiptUnitCost), value.currency());
    }
    return Money.zero(value.currency());
  }

  /** Whether the value of a gain, added to this item's value, stays within the long range of minor units. */
  private boolean gainFits(Quantity gain) {
    java.math.BigDecimal minor;
    if (onHand.isPositive()) {
      minor = java.math.BigDecimal.valueOf(value.minor()).multiply(gain.value())
          .divide(onHand.value(), 0, java.math.RoundingMode.HALF_UP);
    } else if (lastReceiptUnitCost != null) {
      minor = gain.value().multiply(lastReceiptUnitCost)
          .movePointRight(Math.max(0, value.currency().getDefaultFractionDigits()))
          .setScale(0, java.math.RoundingMode.HALF_UP);
    } else {
      minor = java.math.BigDecimal.ZERO;
    }
    return minor.add(java.math.BigDecimal.valueOf(value.minor())).compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }

  /**
   * Sets on hand to what a count found. A gain is worth {@link #gainValue}; a loss is issued by
   * the costing method. Reservations beyond the count must be turned back first (see
   * {@link StockCount}).
   *
   * @param counted what was found, ≥ 0, in this item's unit
   * @return the signed value of the difference (0 when nothing changed); INVALID_STATE when the
   *     count is below what is reserved
   */
  public Outcome<Money> count(Quantity counted) {
    if (counted.isNegative() || counted.isLessThan(reserved())) {
      return Outcome.rejected(
          RejectionCode.INVALID_STATE,
          "count " + counted.toPlainString() + " of " + key() + " is below reserved " + reserved().toPlainString());
    }
    Quantity difference = counted.minus(onHand);
    if (difference.isZero()) {
      return Outcome.accepted(Money.zero(value.currency()));
    }
    if (difference.isPositive()) {
      if (!gainFits(difference)) {
        return Outcome.rejected(
            RejectionCode.INVALID_INPUT,
            "a gain of " + difference.toPlainString() + " in " + key() + " would be worth more than the books can hold");
      }
      Money gain = gainValue(difference);
      putAway(new CostLayer(difference, gain));
      return Outcome.accepted(gain);
    }
    return Outcome.accepted(issue(difference.negate()).cost().negate());
  }

  // ---- changed only together with an OrderAllocation, in the same decision

  /** Adds {@code quantity} to the orders' total; INSUFFICIENT_STOCK beyond what is available. */
  Outcome<Void> reserveForOrder(Quantity quantity) {
    Optional<Rejection> short_ = shortOf(quantity, "reserve");
    if (short_.isPresent()) {
      return Outcome.rejected(short_.get());
    }
    reservedForOrders = reservedForOrders.plus(quantity);
    return Outcome.done();
  }

  /** Whether the orders' total holds at least {@code quantity}. */
  boolean holdsForOrders(Quantity quantity) {
    return !quantity.isGreaterThan(reservedForOrders);
  }

  /** Takes {@code quantity} off the orders' total; the allocation checked {@link #holdsForOrders}. */
  void releaseForOrder(Quantity quantity) {
    reservedForOrders = reservedForOrders.minus(quantity);
  }

  /** Ships {@code quantity} reserved for an order; the allocation checked {@link #holdsForOrders}. */
  Issue shipForOrder(Quantity quantity) {
    releaseForOrder(quantity);
    return issue(quantity);
  }

  /** Releases stand-alone holds, newest first, until {@code excess} is released; answers what was. */
  Quantity releaseHoldsNewestFirst(Quantity excess) {
    List<ReservationId> newestFirst = new ArrayList<>(holds.keySet());
    java.util.Collections.reverse(newestFirst);
    Quantity released = Quantity.zero(unit());
    for (ReservationId id : newestFirst) {
      Quantity left = excess.minus(released);
      if (!left.isPositive()) {
        break;
      }
      Quantity take = holds.get(id).min(left);
      release(id, take);
      released = released.plus(take);
    }
    return released;
  }

  // ---- the one availability check

  private Optional<Rejection> shortOf(Quantity quantity, String verb) {
    if (!quantity.isPositive()) {
      return Optional.of(Rejection.of(RejectionCode.INVALID_INPUT, "quantity to " + verb + " must be positive"));
    }
    Quantity available = available();
    if (quantity.isGreaterThan(available)) {
      return Optional.of(
          Rejection.of(
              RejectionCode.INSUFFICIENT_STOCK,
              verb + " " + quantity.toPlainString() + " of " + key() + ": only " + available.toPlainString()
                  + " available"));
    }
    return Optional.empty();
  }

  private void putAway(CostLayer layer) {
    onHand = onHand.plus(layer.quantity());
    value = value.plus(layer.value());
    if (costing == CostingMethod.FIFO) {
      ownLayers().add(layer);
    }
  }

  private List<CostLayer> ownLayers() {
    return layers = Lists.writable(layers);
  }

  /** Issues {@code quantity} ≤ onHand (every caller checked it) by the costing method. */
  private Issue issue(Quantity quantity) {
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
          ownLayers().remove(0);
          taken.add(oldest);
          cost = cost.plus(oldest.value());
          left = left.minus(oldest.quantity());
        } else {
          Money part = oldest.value().share(left.value(), oldest.quantity().value());
          ownLayers().set(0, new CostLayer(oldest.quantity().minus(left), oldest.value().minus(part)));
          taken.add(new CostLayer(left, part));
          cost = cost.plus(part);
          left = left.minus(left);
        }
      }
    }
    onHand = onHand.minus(quantity);
    value = value.minus(cost);
    return new Issue(quantity, cost, taken);
  }
}
