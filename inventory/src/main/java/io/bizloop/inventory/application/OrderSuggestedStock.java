package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.PurchaseOrder;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.PurchaseOrders;
import io.bizloop.inventory.port.StockItems;
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
 * Places a purchase order straight from the purchase suggestions (采购建议 pushed to purchasing):
 * each line orders the quantity of the current suggestion for its sku in the order's warehouse, at
 * the line's unit cost; afterwards the order counts as incoming, so the suggestion goes away.
 *
 * <p>Rejections, in order: INVALID_INPUT (no lines, a unit cost not positive or out of bounds, a
 * sku twice), DUPLICATE_ID, UNKNOWN_REFERENCE (supplier, warehouse, sku), INVALID_STATE (a sku with
 * no suggestion in that warehouse: the whole order is refused), INVALID_INPUT (a suggested line
 * beyond a bound: quantity over 1e9, or quantity × unit cost over 1e12), CONFLICT.
 */
public final class OrderSuggestedStock implements UseCase<OrderSuggestedStock.Command, PurchaseOrderId> {

  /**
   * One suggested sku to order.
   *
   * @param sku the product
   * @param unitCost VAT-exclusive cost per unit, positive, at most 1e9 with 6 decimals
   */
  public record Line(@NotNull Sku sku, @NotNull @Positive BigDecimal unitCost) {}

  /**
   * What to order. Start with {@link #of} and add lines:
   * {@code Command.of(id, supplier, warehouse, day).line(chair, "50.00")}.
   *
   * @param id the new order's id
   * @param supplier who delivers
   * @param warehouse where the goods go (and whose suggestions are ordered)
   * @param lines the skus, each once
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
     * @param lines the skus, each once
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
     * @param unitCost VAT-exclusive cost per unit
     * @return a new command
     */
    public Command line(Sku sku, BigDecimal unitCost) {
      List<Line> more = new ArrayList<>(lines);
      more.add(new Line(sku, unitCost));
      return new Command(id, supplier, warehouse, more, date);
    }

    /**
     * The same command with one more line, the cost as text.
     *
     * @param sku the product
     * @param unitCost VAT-exclusive cost per unit, e.g. {@code "2.10"}
     * @return a new command
     * @throws NumberFormatException when the cost is not a number
     */
    public Command line(Sku sku, String unitCost) {
      return line(sku, new BigDecimal(unitCost));
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
          () -> Checks.each(lines, OrderSuggestedStock::problem),
          () -> Checks.distinct(lines, Line::sku, "purchase order " + id));
    }
  }

  private static String problem(Line line) {
    if (line == null || line.sku() == null) {
      return "a purchase order line needs a sku";
    }
    return Checks.unitCost(line.unitCost(), "unit cost of " + line.sku());
  }

  private final PurchaseOrders purchaseOrders;
  private final Suppliers suppliers;
  private final Warehouses warehouses;
  private final Products products;
  private final StockItems stockItems;
  private final OrderAllocations allocations;

  /**
   * The use case over its ports.
   *
   * @param purchaseOrders the purchase orders (new and incoming)
   * @param suppliers the suppliers
   * @param warehouses the warehouses
   * @param products the product catalogue (stock policies)
   * @param stockItems the stock items
   * @param allocations the sales orders' allocations (backorders)
   */
  public OrderSuggestedStock(
      PurchaseOrders purchaseOrders, Suppliers suppliers, Warehouses warehouses, Products products,
      StockItems stockItems, OrderAllocations allocations) {
    this.purchaseOrders = Objects.requireNonNull(purchaseOrders, "purchaseOrders");
    this.suppliers = Objects.requireNonNull(suppliers, "suppliers");
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.products = Objects.requireNonNull(products, "products");
    this.stockItems = Objects.requireNonNull(stockItems, "stockItems");
    this.allocations = Objects.requireNonNull(allocations, "allocations");
  }

  /**
   * Places the order of the suggested quantities.
   *
   * @param command what to order
   * @return its id, or the rejection
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
    List<Product> found = new ArrayList<>();
    for (Line line : command.lines()) {
      Optional<Product> product = products.find(line.sku());
      if (product.isEmpty()) {
        return Outcome.rejected(
            RejectionCode.UNKNOWN_REFERENCE, "unknown sku " + line.sku() + " on purchase order " + command.id());
      }
      found.add(product.get());
    }
    List<PurchaseOrder> open = purchaseOrders.all();
    List<OrderAllocation> waiting = allocations.withBackorders();
    List<PurchaseOrder.Line> lines = new ArrayList<>();
    for (int i = 0; i < command.lines().size(); i++) {
      Line line = command.lines().get(i);
      Product product = found.get(i);
      Optional<Quantity> suggested = suggestion(product, command.warehouse(), open, waiting);
      if (suggested.isEmpty()) {
        return Outcome.rejected(
            RejectionCode.INVALID_STATE,
            "there is no purchase suggestion for " + line.sku() + " in warehouse " + command.warehouse());
      }
      lines.add(new PurchaseOrder.Line(line.sku(), suggested.get(), line.unitCost(), product.zero()));
    }
    for (PurchaseOrder.Line line : lines) {
      String beyond = Checks.positiveQuantity(line.ordered().value(), "suggested quantity of " + line.sku());
      if (beyond == null) {
        beyond = Checks.lineAmount(line.ordered().value(), line.unitCost(), "line " + line.sku());
      }
      if (beyond != null) {
        return Outcome.rejected(RejectionCode.INVALID_INPUT, beyond);
      }
    }
    PurchaseOrder order =
        PurchaseOrder.place(command.id(), command.supplier(), command.warehouse(), command.date(), lines);
    return purchaseOrders.save(order).map(done -> command.id());
  }

  private Optional<Quantity> suggestion(
      Product product, WarehouseId warehouse, List<PurchaseOrder> open, List<OrderAllocation> waiting) {
    Optional<StockItem> item = stockItems.find(new StockKey(product.sku(), warehouse));
    if (item.isEmpty()) {
      return Optional.empty();
    }
    Quantity zero = product.zero();
    return SuggestionRule.quantity(
        product.stockPolicy(), item.get().onHand(), item.get().reserved(),
        SuggestionRule.backordered(waiting, product.sku(), warehouse, zero),
        SuggestionRule.incoming(open, product.sku(), warehouse, zero));
  }
}
