package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.InvoiceId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.SalesOrders;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Invoices an order and answers the invoice's number ({@code <order>/I<n>}, numbered per order
 * under every policy). Under INVOICE recognition publishes RevenueRecognised (event id
 * {@code invoice-revenue:<invoice>}) for what is shipped and not yet invoiced; under the other
 * policies the invoice posts nothing. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE
 * (DRAFT, CANCELLED, or — under INVOICE — nothing to invoice).
 */
public final class InvoiceOrder implements UseCase<InvoiceOrder.Command, InvoiceId> {

  /**
   * Invoice an order.
   *
   * @param order the order
   * @param date business date
   */
  public record Command(@NotNull SalesOrderId order, @NotNull LocalDate date) {}

  private final SalesOrders orders;
  private final EventPublisher publisher;
  private final CrmSettings settings;

  /**
   * The use case over its ports.
   *
   * @param orders the sales orders
   * @param publisher where RevenueRecognised goes
   * @param settings the company settings (recognition point)
   */
  public InvoiceOrder(SalesOrders orders, EventPublisher publisher, CrmSettings settings) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Invoices the order.
   *
   * @param c the command
   * @return the invoice's id; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE, or a subscriber's
   *     rejection
   */
  @Override
  public Outcome<InvoiceId> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(required(c.order(), "order"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<SalesOrder> found = orders.find(c.order());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "order " + c.order() + " does not exist");
    }
    SalesOrder order = found.get();
    Outcome<InvoiceId> decision = order.invoice(settings.recognition(), c.date());
    if (decision.isRejected()) {
      return decision;
    }
    Outcome<Void> saved = orders.save(order);
    return saved.isRejected() ? saved.rejectedAs() : publisher.publishEventsOf(decision);
  }
}
