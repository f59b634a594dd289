package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.crm.domain.CreditExposure;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.domain.OrderLine;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.CrmPorts;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.crm.port.Tickets;
import io.bizloop.crm.port.Leads;
import io.bizloop.crm.port.SalesOrders;
import io.bizloop.crm.port.Customers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The read side of crm: views of customers, leads, opportunities, sales orders and tickets, the
 * funnel ({@link FunnelQuery}) and customer value ({@link CustomerValueQuery}). Reads change
 * nothing.
 */
public final class CrmQueries {

  private final CrmSettings settings;
  private final Customers customers;
  private final SalesOrders orders;
  private final Leads leads;
  private final Tickets tickets;
  private final StockAvailability availability;
  private final Receivables receivables;
  private final FunnelQuery funnel;
  private final CustomerValueQuery value;

  /**
   * The read side of crm over the ports it reads, with the funnel and customer-value queries.
   *
   * @param settings the company settings
   * @param customers the customers
   * @param orders the sales orders
   * @param leads the leads
   * @param tickets the service tickets
   * @param availability what stock could be promised
   * @param receivables what customers owe and paid in advance
   * @param funnel the funnel query
   * @param value the customer-value query
   */
  public CrmQueries(
      CrmSettings settings, Customers customers, SalesOrders orders, Leads leads, Tickets tickets,
      StockAvailability availability, Receivables receivables, FunnelQuery funnel, CustomerValueQuery value) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.orders = Objects.requireNonNull(orders, "orders");
    this.leads = Objects.requireNonNull(leads, "leads");
    this.tickets = Objects.requireNonNull(tickets, "tickets");
    this.availability = Objects.requireNonNull(availability, "availability");
    this.receivables = Objects.requireNonNull(receivables, "receivables");
    this.funnel = Objects.requireNonNull(funnel, "funnel");
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * The read side of crm over the ports of {@code ports}.
   *
   * @param settings the company settings
   * @param ports crm's repositories and cross-context ports
   * @return the queries
   */
  public static CrmQueries over(CrmSettings settings, CrmPorts ports) {
    return new CrmQueries(
        settings, ports.customers(), ports.orders(), ports.leads(), ports.tickets(), ports.availability(),
        ports.receivables(), new FunnelQuery(ports.opportunities(), ports.pipeline(), settings),
        new CustomerValueQuery(
            ports.customers(), ports.orders(), ports.tickets(), ports.receivables(), settings,
            ports.serviceCostPerTicket()));
  }


  /**
   * Whether a customer exists.
   *
   * @param customer its id
   * @return true when it was registered
   */
  public boolean hasCustomer(CustomerId customer) {
    return customers.exists(customer);
  }

  /**
   * All customers.
   *
   * @return one view per customer, in registration order
   */
  public List<CustomerView> customers() {
    return customers.all().stream()
        .map(
            c -> new CustomerView(
                c.id(), c.name(), c.industry().orElse(null), c.size().orElse(null), c.tags(), c.owner().orElse(null),
                c.activities()))
        .toList();
  }

  /**
   * One sales order.
   *
   * @param id the order
   * @return its view, or empty when it does not exist
   */
  public Optional<SalesOrderView> order(SalesOrderId id) {
    return orders.find(id).map(this::view);
  }

  /**
   * All sales orders.
   *
   * @return one view per order, in placement order
   */
  public List<SalesOrderView> orders() {
    return orders.all().stream().map(this::view).toList();
  }

  /**
   * What could be promised for each line of an order now.
   *
   * @param id the order
   * @return one entry per line, or empty when the order does not exist
   */
  public Optional<List<Availability>> availability(SalesOrderId id) {
    return orders.find(id).map(o -> ConfirmOrder.availability(availability, o));
  }

  /**
   * A customer's credit exposure against its limit.
   *
   * @param customer the customer
   * @return its limit, exposure and headroom, or empty when the customer does not exist
   */
  public Optional<CreditExposure> creditExposure(CustomerId customer) {
    return customers.find(customer)
        .map(c -> ConfirmOrder.exposureOf(
            customer, c.creditLimit().orElse(null), receivables, orders.ofCustomer(customer)));
  }

  /**
   * Every customer's credit exposure, in one pass over the orders.
   *
   * @return one per customer, in registration order
   */
  public List<CreditExposure> creditExposures() {
    Map<CustomerId, List<SalesOrder>> byCustomer = new HashMap<>();
    for (SalesOrder order : orders.all()) {
      byCustomer.computeIfAbsent(order.customer(), k -> new ArrayList<>()).add(order);
    }
    return customers.all().stream()
        .map(c -> ConfirmOrder.exposureOf(
            c.id(), c.creditLimit().orElse(null), receivables, byCustomer.getOrDefault(c.id(), List.of())))
        .toList();
  }

  /**
   * All leads.
   *
   * @return one view per lead, in capture order
   */
  public List<LeadView> leads() {
    return leads.all().stream().map(CrmQueries::view).toList();
  }

  /**
   * All opportunities with their probabilities.
   *
   * @return one view per opportunity, in opening order
   */
  public List<OpportunityView> opportunities() {
    return funnel.opportunities();
  }

  /**
   * The funnel now.
   *
   * @return the funnel (see {@link Funnel} for every figure's rule)
   */
  public Funnel funnel() {
    return funnel.funnel();
  }

  /**
   * All tickets.
   *
   * @return one view per ticket, in opening order
   */
  public List<TicketView> tickets() {
    return tickets.all().stream()
        .map(
            t -> new TicketView(
                t.id(), t.assignee().orElse(null), t.status(), t.customer(), t.skill().orElse(null), t.priority(),
                t.dueOn()))
        .toList();
  }

  /**
   * Every customer's value (see {@link CustomerValueQuery}).
   *
   * @return one value per customer, in registration order
   */
  public List<CustomerValue> customerValues() {
    return value.customerValues();
  }

  /**
   * The funnel query, for hosts that only need it.
   *
   * @return the funnel query
   */
  public FunnelQuery funnelQuery() {
    return funnel;
  }

  /**
   * The customer value query, for hosts that only need it.
   *
   * @return the customer value query
   */
  public CustomerValueQuery customerValueQuery() {
    return value;
  }

  private SalesOrderView view(SalesOrder order) {
    List<SalesOrderView.Line> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      var amounts = line.amountsOr(settings.pricesIncludeVat());
      lines.add(
          new SalesOrderView.Line(
              line.sku(), line.ordered(), line.shipped(), line.returned(), line.invoiced(), amounts.net(),
              amounts.vat()));
    }
    return new SalesOrderView(order.id(), order.customer(), order.warehouse().orElse(null), order.status(), lines);
  }

  private static LeadView view(Lead lead) {
    return new LeadView(
        lead.id(), lead.status(), lead.customer().orElse(null), lead.opportunity().orElse(null), lead.name(),
        lead.source().orElse(null));
  }
}
