package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.SalesOrders;
import io.bizloop.crm.port.StockAvailability;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Confirms a draft order: fixes each line's net and VAT for the life of the order, publishes
 * SalesOrderConfirmed (event id {@code order-confirmed:<order>}; inventory reserves and may refuse,
 * which undoes the confirmation) and, under ORDER_CONFIRMATION, RevenueRecognised for the whole
 * order ({@code order-revenue:<order>}). Answers the availability of each line as it was just
 * before. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (not DRAFT, or a
 * subscriber's, e.g. no warehouse exists).
 */
public final class ConfirmOrder {

  /**
   * Confirm an order.
   *
   * @param order the order
   * @param date business date
   */
  public record Command(@NotNull SalesOrderId order, @NotNull LocalDate date) {}

  private final SalesOrders orders;
  private final StockAvailability availability;
  private final EventPublisher publisher;
  private final CrmSettings settings;

  /**
   * The use case over its ports.
   *
   * @param orders the sales orders
   * @param availability what stock could be promised
   * @param publisher where the order's events go
   * @param settings the company settings (prices incl. VAT, recognition point)
   */
  public ConfirmOrder(
      SalesOrders orders, StockAvailability availability, EventPublisher publisher, CrmSettings settings) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.availability = Objects.requireNonNull(availability, "availability");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Confirms the order.
   *
   * @param c the command
   * @return what could be promised per line just before; INVALID_INPUT, UNKNOWN_REFERENCE,
   *     INVALID_STATE, or a subscriber's rejection
   */
  public Outcome<List<Availability>> handle(Command c) {
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
    List<Availability> before = availability(availability, order);
    Outcome<Void> decision = order.confirm(settings, c.date());
    if (decision.isRejected()) {
      return decision.rejectedAs();
    }
    Outcome<Void> saved = orders.save(order);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return publisher.publishEventsOf(decision.map(v -> before));
  }

  /** What could be promised for each line of {@code order} now. */
  static List<Availability> availability(StockAvailability stock, SalesOrder order) {
    return order.lines().stream()
        .map(
            line -> {
              Quantity available = stock.availableToPromise(line.sku(), order.warehouse().orElse(null));
              Quantity inUnit = line.quantity(available.value());
              return new Availability(line.sku(), line.ordered(), inUnit, !inUnit.isLessThan(line.ordered()));
            })
        .toList();
  }
}
