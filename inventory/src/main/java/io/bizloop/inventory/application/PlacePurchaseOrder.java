package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.PurchaseOrders;
import io.bizloop.inventory.port.Suppliers;
import io.bizloop.inventory.port.Warehouses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
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
 * Places a purchase order; its open quantity counts as incoming stock. Rejections: INVALID_INPUT
 * (no lines, quantity or unit cost not positive or out of bounds, a sku twice), DUPLICATE_ID,
 * UNKNOWN_REFERENCE (supplier, warehouse, sku), CONFLICT.
 */
public final class PlacePurchaseOrder implements UseCase<PlacePurchaseOrder.Command, PurchaseOrderId> {

  /**
   * One ordered sku.
   *
   * @param sku the product
   * @param quantity how much, positive, at most 1e9 with 4 decimals
   * @param unitCost VAT-exclusive cost per unit, positive, at most 1e9 with 6 decimals
   */
  public record Line(@NotNull Sku sku, @NotNull @Positive BigDecimal quantity, @NotNull @Positive BigDecimal unitCost) {}

  /**
   * What to order. Start with {@link #of} and add lines:
   * {@code Command.of(id, supplier, warehouse, day).line(chair, "20", "50.00")}.
   *
   * @param id the new order's id
   * @param supplier who delivers
   * @param warehouse where the goods go
   * @param lines what is ordered, each sku once
   * @param date business date
   */
  public record Command(
      @NotNull PurchaseOrderId id,
      @NotNull SupplierId supplier,
      @NotNull WarehouseId warehouse,
      @NotEmpty List<@Valid @NotNull Line> lines,
      @NotNull LocalDate date) {

    /**
     * Keeps the lines as given (a missing list is empty), unmodifiable.
     *
     * @param id the new order's id
     * @param supplier who delivers
     * @param warehouse where the goods go
     * @param lines what is ordered, each sku once
     * @param date business date
     */
    public Command {
      lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * An order without lines yet.
     *
     * @param id the new order's id
     * @param supplier who delivers
     * @param warehouse where the goods go
     * @param date business date
     * @return the command
     */
    public static Command of(PurchaseOrderId id, SupplierId supplier, WarehouseId warehouse, LocalDate date) {
      return new Command(id, supplier, warehouse, List.of(), date);
    }

    /**
     * The same command with one more line.
     *
     * @param sku the product
     * @param quantity how much
     * @param unitCost VAT-exclusive cost per unit
     * @return a new command
     */
    public Command line(Sku sku, BigDecimal quantity, BigDecimal unitCost) {
      List<Line> more = new ArrayList<>(lines);
      more.add(new Line(sku, quantity, unitCost));
      return new Command(id, supplier, warehouse, more, date);
    }

    /**
     * The same command with one more line, the figures as text.
     *
     * @param sku the product
     * @param quantity how much
     * @param unitCost VAT-exclusive cost per unit
     * @return a new command
     * @throws NumberFormatException when a figure is not a number
     */
    public Command line(Sku sku, String quantity, String unitCost) {
      return line(sku, new BigDecimal(quantity), new BigDecimal(unitCost));
    }

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          () -> Checks.present(id, "purchase order id"),
          () -> Checks.present(supplier, "supplier"),
          () -> Checks.present(warehouse, "warehouse"),
          () -> Checks.present(date, "date"),
          () -> lines.isEmpty() ? "purchase order " + id + " has no lines" : null,
          () -> Checks.each(lines, PlacePurchaseOrder::problem),
          () -> Checks.distinct(lines, Line::sku, "purchase order " + id));
    }
  }

  private static String problem(Line line) {
    if (line == null || line.sku() == null) {
      return "a purchase order line needs a sku";
    }
    String what = "quantity of " + line.sku();
    String cost = "unit cost of " + line.sku();
    String problem = Checks.positiveQuantity(line.quantity(), what);
    if (problem == null) {
      problem = Checks.unitCost(line.unitCost(), cost);
    }
    return problem != null ? problem : Checks.lineAmount(line.quantity(), line.unitCost(), "line " + line.sku());
  }

  private final PurchaseOrders purchaseOrders;
  private final Suppliers suppliers;
  private final Warehouses warehouses;
  private final Products products;

  /**
   * The use case over its ports.
   *
   * @param purchaseOrders the purchase orders
   * @param suppliers the suppliers
   * @param warehouses the warehouses
   * @param products the product catalogue
   */
  public PlacePurchaseOrder(PurchaseOrders purchaseOrders, Suppliers suppliers, Warehouses warehouses, Products products) {
    this.purchaseOrders = Objects.requireNonNull(purchaseOrders, "purchaseOrders");
    this.suppliers = Objects.requireNonNull(suppliers, "suppliers");
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.products = Objects.requireNonNull(products, "products");
  }

  /**
   * Places the order.
   *
   * @param command what to order
   * @return its id
   */
  @Override
  public Outcome<PurchaseOrderId> handle(Command command) {
    Optional<Rejection> invalid = command == null ? Checks.missingCommand() : command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (purchaseOrders.find(command.id()).isPresent()) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "purchase order " + command.id() + " exists");
    }
    if (suppliers.find(command.supplier()).isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown supplier " + command.supplier());
    }
    if (warehouses.find(command.warehouse()).isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown warehouse " + command.warehouse());
    }
    List<PurchaseOrder.Line> lines = new ArrayList<>();
    for (Line line : command.lines()) {
      Optional<Product> product = products.find(line.sku());
      if (product.isEmpty()) {
        return Outcome.rejected(
            RejectionCode.UNKNOWN_REFERENCE, "unknown sku " + line.sku() + " on purchase order " + command.id());
      }
      lines.add(
          new PurchaseOrder.Line(
              line.sku(), product.get().quantity(line.quantity()), line.unitCost(), product.get().zero()));
    }
    PurchaseOrder order =
        PurchaseOrder.place(command.id(), command.supplier(), command.warehouse(), command.date(), lines);
    return purchaseOrders.save(order).map(done -> command.id());
  }
}
