package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.OrderLine;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.ProductTerms;
import io.bizloop.crm.port.SalesOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Places a draft sales order; each line's unit and VAT rate come from the catalog. Rejections:
 * INVALID_INPUT (no lines; a quantity ≤ 0, above 1 000 000 000 or with more than 4 decimals; a
 * unit price ≤ 0, above 1 000 000 000 or with more than 6 decimals; a line amount above
 * 1 000 000 000 000 before any discount; a discount below 0, of 100 or more or with more than 2
 * decimals; the same sku twice), DUPLICATE_ID, UNKNOWN_REFERENCE (customer, warehouse,
 * sku).
 */
public final class PlaceSalesOrder implements UseCase<PlaceSalesOrder.Command, SalesOrderId> {

  /**
   * Place an order. Build it with {@link #of}, then add a warehouse and the lines by name.
   *
   * @param id the new order's id
   * @param customer who orders
   * @param warehouse the warehouse to fill it from, or {@code null} for any
   * @param lines one per sku, at least one
   * @param date business date
   */
  public record Command(
      @NotNull SalesOrderId id, @NotNull CustomerId customer, WarehouseId warehouse,
      @NotEmpty List<@Valid @NotNull Line> lines, @NotNull LocalDate date) {

    /**
     * Keeps an unmodifiable copy of the lines (none when the list is missing).
     *
     * @param id the new order's id
     * @param customer who orders
     * @param warehouse the warehouse, or {@code null} for any
     * @param lines the lines
     * @param date business date
     */
    public Command {
      lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * An order without lines yet, to be filled from any warehouse.
     *
     * @param id the new order's id
     * @param customer who orders
     * @param date business date
     * @return the command
     */
    public static Command of(SalesOrderId id, CustomerId customer, LocalDate date) {
      return new Command(id, customer, null, List.of(), date);
    }

    /**
     * This command filled from one warehouse.
     *
     * @param from the warehouse
     * @return a copy with it
     */
    public Command warehouse(WarehouseId from) {
      return new Command(id, customer, from, lines, date);
    }

    /**
     * This command with one more line.
     *
     * @param sku the product
     * @param quantity how much, in the product's unit
     * @param unitPrice the price per unit
     * @return a copy with the line appended
     */
    public Command line(Sku sku, BigDecimal quantity, BigDecimal unitPrice) {
      List<Line> more = new ArrayList<>(lines);
      more.add(new Line(sku, quantity, unitPrice));
      return new Command(id, customer, warehouse, more, date);
    }

    /**
     * This command with one more line, quantity and price written as text.
     *
     * @param sku the product
     * @param quantity how much, e.g. {@code "2.5"}
     * @param unitPrice the price per unit, e.g. {@code "90.00"}
     * @return a copy with the line appended
     * @throws NumberFormatException when a number is not a decimal number
     */
    public Command line(Sku sku, String quantity, String unitPrice) {
      return line(sku, new BigDecimal(quantity), new BigDecimal(unitPrice));
    }

    /**
     * This command with one more line at a discount.
     *
     * @param sku the product
     * @param quantity how much, in the product's unit
     * @param unitPrice the price per unit, before the discount
     * @param discount the discount percentage, 0 ≤ d &lt; 100 with at most 2 decimals
     * @return a copy with the line appended
     */
    public Command line(Sku sku, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discount) {
      List<Line> more = new ArrayList<>(lines);
      more.add(new Line(sku, quantity, unitPrice, discount));
      return new Command(id, customer, warehouse, more, date);
    }

    /**
     * This command with one more line at a discount, the figures written as text.
     *
     * @param sku the product
     * @param quantity how much, e.g. {@code "2.5"}
     * @param unitPrice the price per unit before the discount, e.g. {@code "90.00"}
     * @param discount the discount percentage, e.g. {@code "12.5"}
     * @return a copy with the line appended
     * @throws NumberFormatException when a number is not a decimal number
     */
    public Command line(Sku sku, String quantity, String unitPrice, String discount) {
      return line(sku, new BigDecimal(quantity), new BigDecimal(unitPrice), new BigDecimal(discount));
    }
  }

  /**
   * An ordered sku.
   *
   * @param sku the product
   * @param quantity positive, at most 1 000 000 000 and 4 decimals, in the product's unit
   * @param unitPrice positive, at most 1 000 000 000 and 6 decimals (VAT-inclusive when the
   *     company says so)
   * @param discount the discount percentage, 0 ≤ d &lt; 100 with at most 2 decimals, or {@code null}
   *     for none
   */
  public record Line(
      @NotNull Sku sku, @NotNull @Positive BigDecimal quantity, @NotNull @Positive BigDecimal unitPrice,
      @PositiveOrZero BigDecimal discount) {

    /**
     * A line without a discount.
     *
     * @param sku the product
     * @param quantity how much
     * @param unitPrice the price per unit
     */
    public Line(Sku sku, BigDecimal quantity, BigDecimal unitPrice) {
      this(sku, quantity, unitPrice, null);
    }
  }

  private final SalesOrders orders;
  private final Customers customers;
  private final Catalog catalog;
  private final CrmSettings settings;

  /**
   * The use case over its ports.
   *
   * @param orders the sales orders
   * @param customers the customers
   * @param catalog the products and warehouses
   * @param settings the company settings (its currency)
   */
  public PlaceSalesOrder(SalesOrders orders, Customers customers, Catalog catalog, CrmSettings settings) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Places the order.
   *
   * @param c the command
   * @return the order's id; INVALID_INPUT, DUPLICATE_ID, UNKNOWN_REFERENCE
   */
  @Override
  public Outcome<SalesOrderId> handle(Command c) {
    Optional<Rejection> invalid = shape(c);
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (orders.exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "order " + c.id() + " already exists");
    }
    if (!customers.exists(c.customer())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    if (c.warehouse() != null && !catalog.warehouseExists(c.warehouse())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "warehouse " + c.warehouse() + " does not exist");
    }
    List<OrderLine> lines = new ArrayList<>();
    for (Line line : c.lines()) {
      Optional<ProductTerms> terms = catalog.product(line.sku());
      if (terms.isEmpty()) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "product " + line.sku() + " does not exist");
      }
      lines.add(
          OrderLine.draft(
              line.sku(), Quantity.of(line.quantity(), terms.get().unit()), line.unitPrice(),
              line.discount() == null ? BigDecimal.ZERO : line.discount(), terms.get().vatRate(), settings.currency()));
    }
    return orders.save(SalesOrder.place(c.id(), c.customer(), c.warehouse(), lines, c.date())).map(v -> c.id());
  }

  private static Optional<Rejection> shape(Command c) {
    if (c == null) {
      return Shapes.invalid("command is missing");
    }
    Optional<Rejection> basics =
        first(required(c.id(), "order id"), required(c.customer(), "customer"), required(c.date(), "date"));
    if (basics.isPresent()) {
      return basics;
    }
    if (c.lines().isEmpty()) {
      return Shapes.invalid("order " + c.id() + " has no lines");
    }
    Set<Sku> seen = new HashSet<>();
    for (Line line : c.lines()) {
      if (line == null || line.sku() == null) {
        return Shapes.invalid("order " + c.id() + " has a line without sku");
      }
      Optional<Rejection> bad =
          first(
              Shapes.quantity(line.quantity(), "quantity of " + line.sku()),
              Shapes.unitPrice(line.unitPrice(), "unit price of " + line.sku()),
              Shapes.discount(line.discount(), "discount of " + line.sku()));
      if (bad.isPresent()) {
        return bad;
      }
      bad = Shapes.lineAmount(line.quantity(), line.unitPrice(), "the amount of line " + line.sku());
      if (bad.isPresent()) {
        return bad;
      }
      if (!seen.add(line.sku())) {
        return Shapes.invalid("sku " + line.sku() + " appears twice on order " + c.id());
      }
    }
    return Optional.empty();
  }
}
