package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.crm.domain.SalesOrder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Invoices an order. Under INVOICE recognition publishes RevenueRecognised ({@code <order>/INV<n>})
 * for what is shipped and not yet invoiced; under the other policies it is accepted and changes
 * nothing. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (DRAFT, CANCELLED, or —
 * under INVOICE — nothing to invoice).
 */
public final class InvoiceOrder extends UseCase<InvoiceOrder.Command, Void> {

  /**
   * @param order the order
   * @param date business date
   */
  public record Command(@NotNull SalesOrderId order, @NotNull LocalDate date) {}

  InvoiceOrder(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.order(), "order"), date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    Optional<SalesOrder> found = ctx.orders().find(c.order());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "order " + c.order() + " does not exist");
    }
    SalesOrder order = found.get();
    Outcome<Void> decision = order.invoice(ctx.settings().recognition(), c.date());
    if (decision.isAccepted() && !decision.events().isEmpty()) {
      saved(ctx.orders().save(order), "order " + c.order());
    }
    return publish(decision);
  }
}
