package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.SalesOrders;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Cancels a DRAFT order, or a CONFIRMED one with nothing shipped; publishes SalesOrderCancelled
 * (event id {@code order-cancelled:<order>}). Rejections: INVALID_INPUT, UNKNOWN_REFERENCE,
 * INVALID_STATE.
 */
public final class CancelOrder implements UseCase<CancelOrder.Command, Void> {

  /**
   * Cancel an order.
   *
   * @param order the order
   * @param date business date
   */
  public record Command(@NotNull SalesOrderId order, @NotNull LocalDate date) {}

  private final SalesOrders orders;
  private final EventPublisher publisher;

  /**
   * The use case over its ports.
   *
   * @param orders the sales orders
   * @param publisher where SalesOrderCancelled goes
   */
  public CancelOrder(SalesOrders orders, EventPublisher publisher) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  /**
   * Cancels the order.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE, or a subscriber's rejection
   */
  @Override
  public Outcome<Void> handle(Command c) {
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
    Outcome<Void> decision = order.cancel(c.date());
    if (decision.isRejected()) {
      return decision;
    }
    Outcome<Void> saved = orders.save(order);
    return saved.isRejected() ? saved : publisher.publishEventsOf(decision);
  }
}
