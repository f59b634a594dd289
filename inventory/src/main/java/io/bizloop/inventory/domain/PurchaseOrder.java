package io.bizloop.inventory.domain;

import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
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

    public Quantity open() {
      return ordered.minus(received);
    }
  }

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
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(supplier, "supplier");
      Objects.requireNonNull(warehouse, "warehouse");
      Objects.requireNonNull(date, "date");
      lines = List.copyOf(lines);
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("purchase order " + id + " has no lines");
      }
      if (lines.stream().map(Line::sku).distinct().count() != lines.size()) {
        throw new IllegalArgumentException("purchase order " + id + " has a sku twice");
      }
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

  /** A new order; nothing received yet. */
  public static PurchaseOrder place(
      PurchaseOrderId id, SupplierId supplier, WarehouseId warehouse, LocalDate date, List<Line> lines) {
    List<Line> fresh =
        lines.stream()
            .map(l -> new Line(l.sku(), l.ordered(), l.unitCost(), Quantity.zero(l.ordered().unit())))
            .toList();
    return new PurchaseOrder(new Snapshot(id, supplier, warehouse, date, fresh, 0));
  }

  public static PurchaseOrder restore(Snapshot snapshot) {
    return new PurchaseOrder(snapshot);
  }

  public Snapshot snapshot() {
    return new Snapshot(id, supplier, warehouse, date, lines, version);
  }

  public PurchaseOrderId id() {
    return id;
  }

  public SupplierId supplier() {
    return supplier;
  }

  public WarehouseId warehouse() {
    return warehouse;
  }

  public long version() {
    return version;
  }

  public List<Line> lines() {
    return List.copyOf(lines);
  }

  public Optional<Line> line(Sku sku) {
    return lines.stream().filter(l -> l.sku().equals(sku)).findFirst();
  }

  public boolean fullyReceived() {
    return lines.stream().allMatch(l -> l.open().isZero());
  }

  /** Records the arrival of {@code quantity} of {@code sku}; requires it to be open. */
  public void receive(Sku sku, Quantity quantity) {
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.sku().equals(sku)) {
        if (!quantity.isPositive() || quantity.isGreaterThan(line.open())) {
          throw new IllegalStateException("receive " + quantity + " of " + sku + " on " + id + ": open " + line.open());
        }
        lines.set(i, new Line(sku, line.ordered(), line.unitCost(), line.received().plus(quantity)));
        return;
      }
    }
    throw new IllegalArgumentException(sku + " is not on purchase order " + id);
  }
}
