package io.bizloop.inventory.domain;

import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An order to a supplier for goods into one warehouse.
 *
 * <p>Invariants: at least one line, each sku once, ordered &gt; 0, unit cost &gt; 0 (VAT-exclusive),
 * 0 ≤ received ≤ ordered. The open quantity (ordered − received) is the stock's "incoming".
 */
public final class PurchaseOrder {

  /**
   * One ordered sku.
   *
   * @param sku the product
   * @param ordered how much
   * @param unitCost VAT-exclusive cost per unit
   * @param received how much arrived so far
   */
  public record Line(Sku sku, Quantity ordered, BigDecimal unitCost, Quantity received) {

    /**
     * Checks the line.
     *
     * @param sku the product
     * @param ordered how much
     * @param unitCost VAT-exclusive cost per unit
     * @param received how much arrived so far
     * @throws IllegalArgumentException when a quantity or the unit cost is out of range
     */
    public Line {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(ordered, "ordered");
      Objects.requireNonNull(unitCost, "unitCost");
      Objects.requireNonNull(received, "received");
      if (!ordered.isPositive() || unitCost.signum() <= 0) {
        throw new IllegalArgumentException("purchase line " + sku + " needs a positive quantity and unit cost");
      }
      if (received.isNegative() || received.isGreaterThan(ordered)) {
        throw new IllegalArgumentException("purchase line " + sku + " received " + received + " of " + ordered);
      }
    }

    /**
     * What is still to come.
     *
     * @return ordered − received
     */
    public Quantity open() {
      return ordered.minus(received);
    }
  }

  /**
   * A quantity of one sku that arrived.
   *
   * @param sku the product
   * @param quantity how much, positive, at most 4 decimals, in the line's unit
   */
  public record Arrival(Sku sku, BigDecimal quantity) {

    /**
     * Checks that both parts are given.
     *
     * @param sku the product
     * @param quantity how much, positive, at most 4 decimals, in the line's unit
     * @throws NullPointerException when a part is missing
     */
    public Arrival {
      Objects.requireNonNull(sku, "sku");
      Objects.requireNonNull(quantity, "quantity");
    }
  }

  /**
   * What a receipt took off the order.
   *
   * @param sku the product
   * @param quantity how much, in the line's unit
   * @param unitCost the line's VAT-exclusive unit cost
   */
  public record Received(Sku sku, Quantity quantity, BigDecimal unitCost) {}

  /**
   * The stored state of a purchase order.
   *
   * @param id the order
   * @param supplier who delivers
   * @param warehouse where the goods go
   * @param date when it was placed
   * @param lines the lines
   * @param version optimistic-locking version
   */
  public record Snapshot(
      PurchaseOrderId id, SupplierId supplier, WarehouseId warehouse, LocalDate date, List<Line> lines, long version) {

    /**
     * Checks the order.
     *
     * @param id the order
     * @param supplier who delivers
     * @param warehouse where the goods go
     * @param date when it was placed
     * @param lines the lines
     * @param version optimistic-locking version
     * @throws IllegalArgumentException when it has no lines or a sku twice
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(supplier, "supplier");
      Objects.requireNonNull(warehouse, "warehouse");
      Objects.requireNonNull(date, "date");
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("purchase order " + id + " has no lines");
      }
      if (!Sku.allDistinct(lines, Line::sku)) {
        throw new IllegalArgumentException("purchase order " + id + " has a sku twice");
      }
    }

    /**
     * This state as the next version stores it (what a repository writes on a successful save).
     *
     * @return the same state with version + 1
     */
    public Snapshot nextVersion() {
      return new Snapshot(id, supplier, warehouse, date, lines, version + 1);
    }
  }

  private final PurchaseOrderId id;
  private final SupplierId supplier;
  private final WarehouseId warehouse;
  private final LocalDate date;
  private final List<Line> lines;
  private final long version;

  private PurchaseOrder(Snapshot s) {
    id = s.id();
    supplier = s.supplier();
    warehouse = s.warehouse();
    date = s.date();
    lines = new ArrayList<>(s.lines());
    version = s.version();
  }

  /**
   * A new order; nothing received yet.
   *
   * @param id the order's id
   * @param supplier who delivers
   * @param warehouse where the goods go
   * @param date when it was placed
   * @param lines the lines (their received quantities are ignored)
   * @return the order, version 0
   * @throws IllegalArgumentException for malformed lines (the caller checks them first)
   */
  public static PurchaseOrder place(
      PurchaseOrderId id, SupplierId supplier, WarehouseId warehouse, LocalDate date, List<Line> lines) {
    List<Line> fresh =
        lines.stream()
            .map(l -> new Line(l.sku(), l.ordered(), l.unitCost(), Quantity.zero(l.ordered().unit())))
            .toList();
    return new PurchaseOrder(new Snapshot(id, supplier, warehouse, date, fresh, 0));
  }

  /**
   * The order as it was stored.
   *
   * @param snapshot its stored state
   * @return the order
   */
  public static PurchaseOrder restore(Snapshot snapshot) {
    return new PurchaseOrder(snapshot);
  }

  /**
   * The order's state, for a repository to store.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(id, supplier, warehouse, date, lines, version);
  }

  /**
   * The order's id.
   *
   * @return its id
   */
  public PurchaseOrderId id() {
    return id;
  }

  /**
   * Who delivers.
   *
   * @return the supplier
   */
  public SupplierId supplier() {
    return supplier;
  }

  /**
   * Where the goods go.
   *
   * @return the warehouse
   */
  public WarehouseId warehouse() {
    return warehouse;
  }

  /**
   * The version this order was loaded with.
   *
   * @return the optimistic-locking version
   */
  public long version() {
    return version;
  }

  /**
   * The lines.
   *
   * @return the lines, in order
   */
  public List<Line> lines() {
    return List.copyOf(lines);
  }

  /**
   * The line of {@code sku}.
   *
   * @param sku the product
   * @return the line, if the sku is on the order
   */
  public Optional<Line> line(Sku sku) {
    return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
  }

  /**
   * Whether nothing is open.
   *
   * @return true when every line was received in full
   */
  public boolean fullyReceived() {
    return lines.stream().allMatch(l -> l.open().isZero());
  }

  /**
   * Records what arrived: the quantities given, or everything still open when none is given.
   *
   * @param arrivals per sku, how much arrived (each sku once, positive, at most 4 decimals); empty
   *     for everything open
   * @return what was received, with each line's unit cost; UNKNOWN_REFERENCE (a sku not on the
   *     order), INVALID_STATE (the order is fully received, or more than is open arrived)
   */
  public Outcome<List<Received>> receive(List<Arrival> arrivals) {
    for (Arrival arrival : arrivals) {
      if (line(arrival.sku()).isEmpty()) {
        return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, arrival.sku() + " is not on purchase order " + id);
      }
    }
    if (fullyReceived()) {
      return Outcome.rejected(RejectionCode.INVALID_STATE, "purchase order " + id + " is fully received");
    }
    List<Received> received = new ArrayList<>();
    if (arrivals.isEmpty()) {
      for (Line line : lines) {
        if (line.open().isPositive()) {
          received.add(new Received(line.sku(), line.open(), line.unitCost()));
        }
      }
    } else {
      for (Arrival arrival : arrivals) {
        Line line = line(arrival.sku()).orElseThrow();
        Quantity q = Quantity.of(arrival.quantity(), line.ordered().unit());
        if (q.isGreaterThan(line.open())) {
          return Outcome.rejected(
              RejectionCode.INVALID_STATE,
              "receiving " + q.toPlainString() + " of " + arrival.sku() + " on " + id + ", only "
                  + line.open().toPlainString() + " open");
        }
        received.add(new Received(arrival.sku(), q, line.unitCost()));
      }
    }
    for (Received r : received) {
      for (int i = 0; i < lines.size(); i++) {
        Line line = lines.get(i);
        if (line.sku().equals(r.sku())) {
          lines.set(i, new Line(line.sku(), line.ordered(), line.unitCost(), line.received().plus(r.quantity())));
        }
      }
    }
    return Outcome.accepted(List.copyOf(received));
  }
}
