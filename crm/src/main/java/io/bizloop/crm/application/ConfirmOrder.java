package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.crm.domain.SalesOrder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Confirms a draft order: fixes each line's net and VAT for the life of the order, publishes
 * SalesOrderConfirmed ({@code <order>/confirm}; inventory reserves and may refuse, which undoes the
 * confirmation) and, under ORDER_CONFIRMATION, RevenueRecognised for the whole order. Answers the
 * availability of each line as it was just before. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE,
 * INVALID_STATE (not DRAFT, or a subscriber's, e.g. no warehouse exists).
 */
public final class ConfirmOrder extends UseCase<ConfirmOrder.Command, List<Availability>> {

  /**
   * @param order the order
   * @param date business date
   */
  public record Command(@NotNull SalesOrderId order, @NotNull LocalDate date) {}

  ConfirmOrder(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.order(), "order"), date(c.date()));
  }

  @Override
  Outcome<List<Availability>> decide(Command c) {
    Optional<SalesOrder> found = ctx.orders().find(c.order());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "order " + c.order() + " does not exist");
    }
    SalesOrder order = found.get();
    List<Availability> availability = availability(ctx, order);
    Outcome<Void> decision = order.confirm(ctx.settings(), c.date());
    if (decision.isRejected()) {
      return Outcome.rejected(decision.rejection());
    }
    saved(ctx.orders().save(order), "order " + c.order());
    return publish(decision.map(v -> availability));
  }

  static List<Availability> availability(CrmContext ctx, SalesOrder order) {
    return order.lines().stream()
        .map(
            line -> {
              var available = ctx.availability().availableToPromise(line.sku(), order.warehouse().orElse(null));
              var inUnit = line.quantity(available.value());
              return new Availability(line.sku(), line.ordered(), inUnit, !inUnit.isLessThan(line.ordered()));
            })
        .toList();
  }
}
