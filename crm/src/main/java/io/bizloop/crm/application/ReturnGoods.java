package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.AcceptedReturn;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.SalesOrders;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Accepts goods a customer sends back and answers the return's number ({@code <order>/R<n>}) and
 * the credit note's ({@code <order>/CN<m>}) when one is issued: publishes ReturnAccepted (event id
 * {@code return-accepted:<return>}; inventory takes the goods back at the shipped cost and
 * publishes GoodsReturned) and then CreditNoteIssued ({@code credit-note:<credit note>}) with, per
 * line, the share of the recognised and not yet credited amounts for q of the recognised and not
 * yet returned quantity (none when the credit is zero). Rejections: INVALID_INPUT (no lines; a
 * quantity ≤ 0, above 1 000 000 000 or with more than 4 decimals; the same sku twice),
 * UNKNOWN_REFERENCE (order, a sku not on it, warehouse), INVALID_STATE (more than returnable =
 * min(shipped, recognised quantity) − returned; a draft or cancelled order).
 */
public final class ReturnGoods implements UseCase<ReturnGoods.Command, AcceptedReturn> {

  /**
   * Return goods. Build it with {@link #of}, then add the lines and a warehouse by name.
   *
   * @param order the order the goods were shipped for
   * @param warehouse where they go back to, or {@code null} for the first warehouse the line
   *     shipped from
   * @param lines one per sku, at least one
   * @param date business date
   */
  public record Command(
      @NotNull SalesOrderId order, WarehouseId warehouse, @NotEmpty List<@Valid @NotNull Line> lines,
      @NotNull LocalDate date) {

    /**
     * Keeps an unmodifiable copy of the lines (none when the list is missing).
     *
     * @param order the order
     * @param warehouse the warehouse, or {@code null}
     * @param lines the lines
     * @param date business date
     */
    public Command {
      lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * A return without lines yet, into the warehouses the goods shipped from.
     *
     * @param order the order the goods were shipped for
     * @param date business date
     * @return the command
     */
    public static Command of(SalesOrderId order, LocalDate date) {
      return new Command(order, null, List.of(), date);
    }

    /**
     * This command sending the goods back to one warehouse.
     *
     * @param to the warehouse
     * @return a copy with it
     */
    public Command warehouse(WarehouseId to) {
      return new Command(order, to, lines, date);
    }

    /**
     * This command with one more returned sku.
     *
     * @param sku the product
     * @param quantity how much comes back
     * @return a copy with the line appended
     */
    public Command line(Sku sku, BigDecimal quantity) {
      List<Line> more = new ArrayList<>(lines);
      more.add(new Line(sku, quantity));
      return new Command(order, warehouse, more, date);
    }

    /**
     * This command with one more returned sku, the quantity written as text.
     *
     * @param sku the product
     * @param quantity how much comes back, e.g. {@code "3"}
     * @return a copy with the line appended
     * @throws NumberFormatException when {@code quantity} is not a decimal number
     */
    public Command line(Sku sku, String quantity) {
      return line(sku, new BigDecimal(quantity));
    }
  }

  /**
   * A returned sku.
   *
   * @param sku the product
   * @param quantity positive, at most 1 000 000 000 and 4 decimals
   */
  public record Line(@NotNull Sku sku, @NotNull @Positive BigDecimal quantity) {}

  private final SalesOrders orders;
  private final Catalog catalog;
  private final EventPublisher publisher;
  private final CrmSettings settings;

  /**
   * The use case over its ports.
   *
   * @param orders the sales orders
   * @param catalog the warehouses
   * @param publisher where ReturnAccepted and CreditNoteIssued go
   * @param settings the company settings (recognition point)
   */
  public ReturnGoods(SalesOrders orders, Catalog catalog, EventPublisher publisher, CrmSettings settings) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Accepts the return.
   *
   * @param c the command
   * @return the return's id and the credit note's, if any; INVALID_INPUT, UNKNOWN_REFERENCE,
   *     INVALID_STATE, or a subscriber's rejection
   */
  @Override
  public Outcome<AcceptedReturn> handle(Command c) {
    Optional<Rejection> invalid = shape(c);
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<SalesOrder> found = orders.find(c.order());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "order " + c.order() + " does not exist");
    }
    SalesOrder order = found.get();
    for (Line line : c.lines()) {
      if (order.line(line.sku()).isEmpty()) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "sku " + line.sku() + " is not on order " + c.order());
      }
    }
    if (c.warehouse() != null && !catalog.warehouseExists(c.warehouse())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "warehouse " + c.warehouse() + " does not exist");
    }
    Map<Sku, BigDecimal> quantities = new LinkedHashMap<>();
    c.lines().forEach(l -> quantities.put(l.sku(), l.quantity()));
    Outcome<AcceptedReturn> decision =
        order.acceptReturn(quantities, c.warehouse(), settings.recognition(), c.date());
    if (decision.isRejected()) {
      return decision;
    }
    Outcome<Void> saved = orders.save(order);
    return saved.isRejected() ? saved.rejectedAs() : publisher.publishEventsOf(decision);
  }

  private static Optional<Rejection> shape(Command c) {
    if (c == null) {
      return Shapes.invalid("command is missing");
    }
    Optional<Rejection> basics = first(required(c.order(), "order"), required(c.date(), "date"));
    if (basics.isPresent()) {
      return basics;
    }
    if (c.lines().isEmpty()) {
      return Shapes.invalid("the return for order " + c.order() + " has no lines");
    }
    Map<Sku, BigDecimal> seen = new LinkedHashMap<>();
    for (Line line : c.lines()) {
      if (line == null || line.sku() == null) {
        return Shapes.invalid("a returned line has no sku");
      }
      Optional<Rejection> bad = Shapes.quantity(line.quantity(), "returned quantity of " + line.sku());
      if (bad.isPresent()) {
        return bad;
      }
      if (seen.put(line.sku(), line.quantity()) != null) {
        return Shapes.invalid("sku " + line.sku() + " appears twice on the return for order " + c.order());
      }
    }
    return Optional.empty();
  }
}
