package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.domain.SalesOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accepts goods a customer sends back: publishes ReturnAccepted ({@code <order>/RET<n>}; inventory
 * takes them back at the shipped cost and publishes GoodsReturned) and then CreditNoteIssued
 * ({@code <order>/CN<m>}) with, per line, the share of the recognised and not yet credited amounts
 * for q of the recognised and not yet returned quantity (none when the credit is zero).
 * Rejections: INVALID_INPUT (no lines, quantity ≤ 0 or more than 4 decimals, the same sku twice),
 * UNKNOWN_REFERENCE (order, a sku not on it, warehouse), INVALID_STATE (more than returnable =
 * min(shipped, recognised quantity) − returned; a draft or cancelled order).
 */
public final class ReturnGoods extends UseCase<ReturnGoods.Command, Void> {

  /**
   * @param order the order the goods were shipped for
   * @param warehouse where they go back to, or {@code null} for the first warehouse the line shipped from
   * @param lines one per sku
   * @param date business date
   */
  public record Command(
      @NotNull SalesOrderId order, WarehouseId warehouse, @NotEmpty List<@Valid @NotNull Line> lines,
      @NotNull LocalDate date) {}

  /**
   * A returned sku.
   *
   * @param sku the product
   * @param quantity positive, at most 4 decimals
   */
  public record Line(@NotNull Sku sku, @NotNull @Positive BigDecimal quantity) {}

  ReturnGoods(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    Optional<Rejection> basics = first(required(c.order(), "order"), date(c.date()));
    if (basics.isPresent()) {
      return basics;
    }
    if (c.lines() == null || c.lines().isEmpty()) {
      return invalid("the return for order " + c.order() + " has no lines");
    }
    Map<Sku, BigDecimal> seen = new LinkedHashMap<>();
    for (Line line : c.lines()) {
      if (line == null || line.sku() == null) {
        return invalid("a returned line has no sku");
      }
      Optional<Rejection> bad = positiveQuantity(line.quantity(), "returned quantity of " + line.sku());
      if (bad.isPresent()) {
        return bad;
      }
      if (seen.put(line.sku(), line.quantity()) != null) {
        return invalid("sku " + line.sku() + " appears twice on the return for order " + c.order());
      }
    }
    return Optional.empty();
  }

  @Override
  Outcome<Void> decide(Command c) {
    Optional<SalesOrder> found = ctx.orders().find(c.order());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "order " + c.order() + " does not exist");
    }
    SalesOrder order = found.get();
    for (Line line : c.lines()) {
      if (order.line(line.sku()).isEmpty()) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "sku " + line.sku() + " is not on order " + c.order());
      }
    }
    if (c.warehouse() != null && !ctx.catalog().warehouseExists(c.warehouse())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "warehouse " + c.warehouse() + " does not exist");
    }
    Map<Sku, BigDecimal> quantities = new LinkedHashMap<>();
    c.lines().forEach(l -> quantities.put(l.sku(), l.quantity()));
    Outcome<Void> decision = order.acceptReturn(quantities, c.warehouse(), ctx.settings().recognition(), c.date());
    if (decision.isRejected()) {
      return decision;
    }
    saved(ctx.orders().save(order), "order " + c.order());
    return publish(decision);
  }
}
