package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.domain.OrderLine;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.ProductTerms;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Places a draft sales order; each line's unit and VAT rate come from the catalog. Rejections:
 * INVALID_INPUT (no lines, quantity ≤ 0 or more than 4 decimals, price ≤ 0, the same sku twice),
 * DUPLICATE_ID, UNKNOWN_REFERENCE (customer, warehouse, sku).
 */
public final class PlaceSalesOrder extends UseCase<PlaceSalesOrder.Command, SalesOrderId> {

  /**
   * @param id the new order's id
   * @param customer who orders
   * @param warehouse the warehouse to fill it from, or {@code null} for any
   * @param lines one per sku
   * @param date business date
   */
  public record Command(
      @NotNull SalesOrderId id, @NotNull CustomerId customer, WarehouseId warehouse,
      @NotEmpty List<@Valid @NotNull Line> lines, @NotNull LocalDate date) {}

  /**
   * An ordered sku.
   *
   * @param sku the product
   * @param quantity positive, at most 4 decimals, in the product's unit
   * @param unitPrice positive (VAT-inclusive when the company says so)
   */
  public record Line(@NotNull Sku sku, @NotNull @Positive BigDecimal quantity, @NotNull @Positive BigDecimal unitPrice) {}

  PlaceSalesOrder(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    Optional<Rejection> basics = first(required(c.id(), "order id"), required(c.customer(), "customer"), date(c.date()));
    if (basics.isPresent()) {
      return basics;
    }
    if (c.lines() == null || c.lines().isEmpty()) {
      return invalid("order " + c.id() + " has no lines");
    }
    Set<Sku> seen = new HashSet<>();
    for (Line line : c.lines()) {
      if (line == null || line.sku() == null) {
        return invalid("order " + c.id() + " has a line without sku");
      }
      Optional<Rejection> bad =
          first(
              positiveQuantity(line.quantity(), "quantity of " + line.sku()),
              line.unitPrice() == null || line.unitPrice().signum() <= 0
                  ? invalid("unit price of " + line.sku() + " must be positive")
                  : Optional.empty());
      if (bad.isPresent()) {
        return bad;
      }
      if (!seen.add(line.sku())) {
        return invalid("sku " + line.sku() + " appears twice on order " + c.id());
      }
    }
    return Optional.empty();
  }

  @Override
  Outcome<SalesOrderId> decide(Command c) {
    if (ctx.orders().exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "order " + c.id() + " already exists");
    }
    if (!ctx.customers().exists(c.customer())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    if (c.warehouse() != null && !ctx.catalog().warehouseExists(c.warehouse())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "warehouse " + c.warehouse() + " does not exist");
    }
    List<OrderLine> lines = new ArrayList<>();
    for (Line line : c.lines()) {
      Optional<ProductTerms> terms = ctx.catalog().product(line.sku());
      if (terms.isEmpty()) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "product " + line.sku() + " does not exist");
      }
      lines.add(
          OrderLine.draft(
              line.sku(), Quantity.of(line.quantity(), terms.get().unit()), line.unitPrice(), terms.get().vatRate(),
              ctx.settings().currency()));
    }
    saved(ctx.orders().save(SalesOrder.place(c.id(), c.customer(), c.warehouse(), lines, c.date())), "order " + c.id());
    return Outcome.accepted(c.id());
  }
}
