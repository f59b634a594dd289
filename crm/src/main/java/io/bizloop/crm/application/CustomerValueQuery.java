package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.domain.SalesOrderStatus;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.domain.Valuation;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.SalesOrders;
import io.bizloop.crm.port.Tickets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every customer is worth: revenue, cost of goods, margin, receivable, lifetime value and RFM
 * segment, valued as of the latest business date crm has seen (see {@link Valuation} for the
 * lifetime value and RFM rules).
 */
public final class CustomerValueQuery {

  private final Customers customers;
  private final SalesOrders orders;
  private final Tickets tickets;
  private final Receivables receivables;
  private final CrmSettings settings;
  private final Money serviceCostPerTicket;

  /**
   * The query over its ports.
   *
   * @param customers the customers
   * @param orders the sales orders
   * @param tickets the service tickets
   * @param receivables what customers owe according to the books
   * @param settings the company settings (its currency)
   * @param serviceCostPerTicket the cost of one ticket in the company currency, zero or positive
   */
  public CustomerValueQuery(
      Customers customers, SalesOrders orders, Tickets tickets, Receivables receivables, CrmSettings settings,
      BigDecimal serviceCostPerTicket) {
    this.customers = Objects.requireNonNull(customers, "customers");
    this.orders = Objects.requireNonNull(orders, "orders");
    this.tickets = Objects.requireNonNull(tickets, "tickets");
    this.receivables = Objects.requireNonNull(receivables, "receivables");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.serviceCostPerTicket = Money.of(serviceCostPerTicket, settings.currency());
  }

  /**
   * Every customer's value.
   *
   * @return one value per customer, in registration order
   */
  public List<CustomerValue> customerValues() {
    List<Customer> all = customers.all();
    List<SalesOrder> allOrders = orders.all();
    List<ServiceTicket> allTickets = tickets.all();
    LocalDate asOf = null;
    for (SalesOrder order : allOrders) {
      asOf = later(asOf, order.lastActivityOn());
    }
    for (Customer customer : all) {
      asOf = later(asOf, customer.lastPaymentOn().orElse(null));
      asOf = later(asOf, customer.registeredOn());
    }
    Money zero = Money.zero(settings.currency());
    Map<CustomerId, Money> revenue = new HashMap<>();
    Map<CustomerId, Money> cogs = new HashMap<>();
    Map<CustomerId, Integer> purchases = new HashMap<>();
    Map<CustomerId, LocalDate> first = new HashMap<>();
    Map<CustomerId, LocalDate> last = new HashMap<>();
    for (SalesOrder order : allOrders) {
      CustomerId id = order.customer();
      revenue.merge(id, order.netRevenue(), Money::plus);
      cogs.merge(id, order.netCost(), Money::plus);
      if (order.status() != SalesOrderStatus.CANCELLED && order.confirmedOn().isPresent()) {
        LocalDate on = order.confirmedOn().get();
        purchases.merge(id, 1, Integer::sum);
        first.merge(id, on, (a, b) -> a.isBefore(b) ? a : b);
        last.merge(id, on, (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    Map<CustomerId, Integer> ticketCount = new HashMap<>();
    allTickets.forEach(t -> ticketCount.merge(t.customer(), 1, Integer::sum));
    Money totalRevenue = zero;
    int withRevenue = 0;
    for (Money r : revenue.values()) {
      if (r.isPositive()) {
        totalRevenue = totalRevenue.plus(r);
        withRevenue++;
      }
    }
    Money average = withRevenue == 0 ? null : totalRevenue.share(BigDecimal.ONE, BigDecimal.valueOf(withRevenue));
    List<CustomerValue> values = new ArrayList<>();
    for (Customer customer : all) {
      CustomerId id = customer.id();
      Money rev = revenue.getOrDefault(id, zero);
      Money cost = cogs.getOrDefault(id, zero);
      Money margin = rev.minus(cost);
      int bought = purchases.getOrDefault(id, 0);
      LocalDate lastPurchase = later(last.get(id), customer.lastPaymentOn().orElse(null));
      values.add(
          new CustomerValue(
              id, rev, cost, margin, receivables.openReceivable(id),
              Valuation.lifetimeValue(
                  rev, margin, first.get(id), asOf, bought, ticketCount.getOrDefault(id, 0), serviceCostPerTicket),
              Valuation.segment(lastPurchase, asOf, bought, rev, average)));
    }
    return values;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }
}
