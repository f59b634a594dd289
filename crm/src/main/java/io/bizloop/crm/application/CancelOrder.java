package io.bizloop.crm.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Cancels a DRAFT order, or a CONFIRMED one with nothing shipped; publishes SalesOrderCancelled.
 * Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE.
 */
public final class CancelOrder extends UseCase<CancelOrder.Command, Void> {

  /**
   * @param order the order
   * @param date business date
   */
  public record Command(@NotNull SalesOrderId order, @NotNull LocalDate date) {}

  CancelOrder(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.order(), "order"), date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    return publish(
        onExisting(
            ctx.orders().find(c.order()),
            "order " + c.order(),
            order -> order.cancel(c.date()),
            ctx.orders()::save));
  }
}
