package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.Money;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.CreditExposure;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.domain.OrderLine;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.domain.SalesOrderStatus;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.Receivables;
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
 * before. When the customer has a credit limit, its exposure ({@link CreditExposure}) plus the
 * order's gross must stay within it; otherwise nothing is confirmed or reserved. Rejections, in
 * order: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (not DRAFT, no warehouse exists),
 * CREDIT_LIMIT, then a subscriber's (e.g. PERIOD_CLOSED).
 */
public final class ConfirmOrder implements UseCase<ConfirmOrder.Command, List<Availability>> {

  /**
   * Confirm an order.
   *
   * @param order the order
   * @param date business date
   */
  public record Command(@NotNull SalesOrderId order, @NotNull LocalDate date) {}

  private final SalesOrders orders;
  private final Customers customers;
  private final Receivables receivables;
  private final Catalog catalog;
  private final StockAvailability availability;
  private final EventPublisher publisher;
  private final CrmSettings settings;

  /**
   * The use case over its ports.
   *
   * @param orders the sales orders
   * @param customers the customers (their credit limits)
   * @param receivables what customers owe and paid in advance (the books' side of the exposure)
   * @param catalog whether any warehouse exists
   * @param availability what stock could be promised
   * @param publisher where the order's events go
   * @param settings the company settings (prices incl. VAT, recognition point)
   */
  public ConfirmOrder(
      SalesOrders orders, Customers customers, Receivables receivables, Catalog catalog,
      StockAvailability availability, EventPublisher publisher, CrmSettings settings) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.receivables = Objects.requireNonNull(receivables, "receivables");
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.availability = Objects.requireNonNull(availability, "availability");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Confirms the order.
   *
   * @param c the command
   * @return what could be promised per line just before; INVALID_INPUT, UNKNOWN_REFERENCE,
   *     INVALID_STATE, CREDIT_LIMIT, or a subscriber's rejection
   */
  @Override
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
    if (order.status() == SalesOrderStatus.DRAFT && order.warehouse().isEmpty() && !catalog.hasWarehouses()) {
      return Outcome.rejected(INVALID_STATE, "order " + c.order() + " cannot be confirmed: no warehouse exists");
    }
    List<Availability> before = availability(availability, order);
    Outcome<Void> decision = order.confirm(settings, exposure(order), c.date());
    if (decision.isRejected()) {
      return decision.rejectedAs();
    }
    Outcome<Void> saved = orders.save(order);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return publisher.publishEventsOf(decision.map(v -> before));
  }

  /** The customer's exposure, computed only when it has a credit limit (else it is not needed). */
  private CreditExposure exposure(SalesOrder order) {
    Optional<Money> limit = customers.find(order.customer()).flatMap(Customer::creditLimit);
    if (limit.isEmpty()) {
      return new CreditExposure(order.customer(), null, Money.zero(settings.currency()));
    }
    return exposureOf(order.customer(), limit.get(), receivables, orders.ofCustomer(order.customer()));
  }

  /** The exposure of {@code customer} with limit {@code limit} (or {@code null}) over its orders. */
  static CreditExposure exposureOf(
      io.bizloop.core.CustomerId customer, Money limit, Receivables receivables, List<SalesOrder> ofCustomer) {
    return CreditExposure.of(
        customer, limit, receivables.openReceivable(customer), receivables.advance(customer), ofCustomer);
  }

  /** What could be promised for each line of {@code order} now. */
  static List<Availability> availability(StockAvailability stock, SalesOrder order) {
    List<OrderLine> lines = order.lines();
    WarehouseId warehouse = order.warehouse().orElse(null);
    Availability[] each = new Availability[lines.size()];
    for (int i = 0; i < each.length; i++) {
      OrderLine line = lines.get(i);
      Quantity available = stock.availableToPromise(line.sku(), warehouse);
      Quantity inUnit = line.quantity(available.value());
      each[i] = new Availability(line.sku(), line.ordered(), inUnit, !inUnit.isLessThan(line.ordered()));
    }
    return List.of(each);
  }
}
