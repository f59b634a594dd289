package io.bizloop.inventory.application;

import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.ReceiptId;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.port.InventorySequences;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.PurchaseOrders;
import io.bizloop.inventory.port.Suppliers;
import io.bizloop.inventory.port.Warehouses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Receives goods from a supplier, against a purchase order or without one. Each line is valued
 * round(q × unitCost) with VAT round(value × rate); stock items grow (moving average: on hand and
 * value; FIFO: a new newest layer), then open backorders of each sku in the warehouse are filled
 * (see {@link Restocking}). Publishes {@link GoodsReceived} (event id {@code receipt:RCPT-n});
 * answers the receipt's id.
 *
 * <p>Rejections: INVALID_INPUT (quantity not positive or out of bounds, a sku twice; without an
 * order: no supplier, warehouse or lines, unit cost missing or out of bounds), UNKNOWN_REFERENCE
 * (order, supplier, warehouse, sku, a sku not on the order), INVALID_STATE (order fully received,
 * more than is open), CONFLICT.
 */
public final class ReceivePurchase implements UseCase<ReceivePurchase.Command, ReceiptId> {

  /** The event id kind of {@link GoodsReceived}. */
  public static final String EVENT = "receipt";

  /**
   * One received sku.
   *
   * @param sku the product
   * @param quantity how much arrived, positive, at most 1e9 with 4 decimals
   * @param unitCost VAT-exclusive cost per unit (at most 1e9 with 6 decimals); {@code null} against
   *     an order, whose line's cost applies
   */
  public record Line(@NotNull Sku sku, @NotNull @Positive BigDecimal quantity, @Positive BigDecimal unitCost) {}

  /**
   * What arrived. Start with {@link #against} (a purchase order) or {@link #from} (no order) and add
   * lines: {@code Command.from(acme, main, day).line(chair, "20", "50.00")}.
   *
   * @param order the purchase order received against, or {@code null}
   * @param supplier who delivered, when there is no order
   * @param warehouse where the goods went, when there is no order
   * @param lines what arrived; may be empty against an order (everything still open)
   * @param date business date
   */
  public record Command(
      PurchaseOrderId order,
      SupplierId supplier,
      WarehouseId warehouse,
      List<@Valid @NotNull Line> lines,
      @NotNull LocalDate date) {

    /**
     * Keeps the lines as given (a missing list is empty), unmodifiable.
     *
     * @param order the purchase order received against, or {@code null}
     * @param supplier who delivered, when there is no order
     * @param warehouse where the goods went, when there is no order
     * @param lines what arrived; may be empty against an order (everything still open)
     * @param date business date
     */
    public Command {
      lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * A receipt against a purchase order: everything still open, unless lines are added.
     *
     * @param order the purchase order
     * @param date business date
     * @return the command
     */
    public static Command against(PurchaseOrderId order, LocalDate date) {
      return new Command(order, null, null, List.of(), date);
    }

    /**
     * A receipt without a purchase order; add its lines with {@link #line(Sku, BigDecimal, BigDecimal)}.
     *
     * @param supplier who delivered
     * @param warehouse where the goods went
     * @param date business date
     * @return the command
     */
    public static Command from(SupplierId supplier, WarehouseId warehouse, LocalDate date) {
      return new Command(null, supplier, warehouse, List.of(), date);
    }

    /**
     * The same command with one more line, at the purchase order's cost.
     *
     * @param sku the product
     * @param quantity how much arrived
     * @return a new command
     */
    public Command line(Sku sku, BigDecimal quantity) {
      return with(new Line(sku, quantity, null));
    }

    /**
     * The same command with one more line, the quantity as text, at the purchase order's cost.
     *
     * @param sku the product
     * @param quantity how much arrived
     * @return a new command
     * @throws NumberFormatException when the quantity is not a number
     */
    public Command line(Sku sku, String quantity) {
      return line(sku, new BigDecimal(quantity));
    }

    /**
     * The same command with one more line and its unit cost.
     *
     * @param sku the product
     * @param quantity how much arrived
     * @param unitCost VAT-exclusive cost per unit
     * @return a new command
     */
    public Command line(Sku sku, BigDecimal quantity, BigDecimal unitCost) {
      return with(new Line(sku, quantity, unitCost));
    }

    /**
     * The same command with one more line and its unit cost, the figures as text.
     *
     * @param sku the product
     * @param quantity how much arrived
     * @param unitCost VAT-exclusive cost per unit
     * @return a new command
     * @throws NumberFormatException when a figure is not a number
     */
    public Command line(Sku sku, String quantity, String unitCost) {
      return line(sku, new BigDecimal(quantity), new BigDecimal(unitCost));
    }

    private Command with(Line line) {
      List<Line> more = new ArrayList<>(lines);
      more.add(line);
      return new Command(order, supplier, warehouse, more, date);
    }

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          () -> Checks.present(date, "date"),
          () -> Checks.each(lines, line -> problem(line, order == null)),
          () -> Checks.distinct(lines, Line::sku, "the receipt"),
          () -> order == null && (supplier == null || warehouse == null)
              ? "a receipt without an order needs a supplier and a warehouse"
              : null,
          () -> order == null && lines.isEmpty() ? "a receipt without an order needs lines" : null);
    }

    private static String problem(Line line, boolean costed) {
      if (line == null || line.sku() == null) {
        return "a receipt line needs a sku";
      }
      String problem = Checks.positiveQuantity(line.quantity(), "received quantity of " + line.sku());
      if (problem == null && costed) {
        problem = Checks.unitCost(line.unitCost(), "unit cost of " + line.sku());
        if (problem == null) {
          problem = Checks.lineAmount(line.quantity(), line.unitCost(), "line " + line.sku());
        }
      }
      return problem;
    }
  }

  private record Booking(Product product, Quantity quantity, BigDecimal unitCost) {}

  private final PurchaseOrders purchaseOrders;
  private final Suppliers suppliers;
  private final Warehouses warehouses;
  private final Products products;
  private final InventorySequences sequences;
  private final EventPublisher publisher;
  private final Restocking restocking;

  /**
   * The use case over its ports.
   *
   * @param purchaseOrders the purchase orders
   * @param suppliers the suppliers
   * @param warehouses the warehouses
   * @param products the product catalogue
   * @param sequences the receipt counter
   * @param publisher where {@link GoodsReceived} goes
   * @param restocking puts the goods away and fills backorders
   */
  public ReceivePurchase(
      PurchaseOrders purchaseOrders,
      Suppliers suppliers,
      Warehouses warehouses,
      Products products,
      InventorySequences sequences,
      EventPublisher publisher,
      Restocking restocking) {
    this.purchaseOrders = Objects.requireNonNull(purchaseOrders, "purchaseOrders");
    this.suppliers = Objects.requireNonNull(suppliers, "suppliers");
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.products = Objects.requireNonNull(products, "products");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.restocking = Objects.requireNonNull(restocking, "restocking");
  }

  /**
   * Receives the goods.
   *
   * @param command what arrived
   * @return the receipt's id
   */
  @Override
  public Outcome<ReceiptId> handle(Command command) {
    Optional<Rejection> invalid = command == null ? Checks.missingCommand() : command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    return command.order() == null ? withoutOrder(command) : againstOrder(command);
  }

  private Outcome<ReceiptId> againstOrder(Command c) {
    Optional<PurchaseOrder> found = purchaseOrders.find(c.order());
    if (found.isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown purchase order " + c.order());
    }
    PurchaseOrder order = found.get();
    Outcome<List<PurchaseOrder.Received>> received =
        order.receive(c.lines().stream().map(l -> new PurchaseOrder.Arrival(l.sku(), l.quantity())).toList());
    if (received.isRejected()) {
      return received.rejectedAs();
    }
    List<Booking> bookings = new ArrayList<>();
    for (PurchaseOrder.Received r : received.value()) {
      Optional<Product> product = products.find(r.sku());
      if (product.isEmpty()) {
        return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown sku " + r.sku());
      }
      bookings.add(new Booking(product.get(), r.quantity(), r.unitCost()));
    }
    Outcome<Void> saved = purchaseOrders.save(order);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return book(order.id(), order.supplier(), order.warehouse(), bookings, c.date());
  }

  private Outcome<ReceiptId> withoutOrder(Command c) {
    if (suppliers.find(c.supplier()).isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown supplier " + c.supplier());
    }
    if (warehouses.find(c.warehouse()).isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown warehouse " + c.warehouse());
    }
    List<Booking> bookings = new ArrayList<>();
    for (Line line : c.lines()) {
      Optional<Product> product = products.find(line.sku());
      if (product.isEmpty()) {
        return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown sku " + line.sku());
      }
      bookings.add(new Booking(product.get(), product.get().quantity(line.quantity()), line.unitCost()));
    }
    return book(null, c.supplier(), c.warehouse(), bookings, c.date());
  }

  private Outcome<ReceiptId> book(
      PurchaseOrderId order, SupplierId supplier, WarehouseId warehouse, List<Booking> bookings, LocalDate date) {
    List<GoodsReceived.Line> lines = new ArrayList<>();
    List<StockItem> arrived = new ArrayList<>();
    for (Booking booking : bookings) {
      StockItem item = restocking.itemFor(booking.product(), warehouse);
      if (!item.hasRoomForAnotherLine()) {
        return Outcome.rejected(
            RejectionCode.INVALID_INPUT,
            "stock of " + booking.product().sku() + " in " + warehouse + " would exceed the books' range");
      }
      Money value = item.receive(booking.quantity(), booking.unitCost());
      Money vat = booking.product().vatRate().vatOn(value);
      lines.add(new GoodsReceived.Line(booking.product().sku(), booking.quantity(), value, vat));
      arrived.add(item);
    }
    for (StockItem item : arrived) {
      Outcome<Void> saved = restocking.saveAndFill(item);
      if (saved.isRejected()) {
        return saved.rejectedAs();
      }
    }
    ReceiptId receipt = ReceiptId.of(sequences.next("receipt"));
    Outcome<ReceiptId> decision =
        Outcome.accepted(
            receipt,
            List.of(
                new GoodsReceived(EventId.of(EVENT, receipt), date, receipt, supplier, warehouse, order, lines)));
    return publisher.publishEventsOf(decision);
  }
}
