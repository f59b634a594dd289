package io.bizloop.crm.port;

import io.bizloop.crm.domain.Pipeline;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Everything crm works with besides the host's ports and the company settings: its six
 * repositories, what it asks of the other contexts ({@link Catalog}, {@link StockAvailability},
 * {@link Receivables}), the sales pipeline and the service cost per ticket that lowers a
 * customer's lifetime value.
 *
 * <p>Build it with {@link #of} (the standard pipeline, no service cost) and change the optional
 * parts with {@link #withPipeline} and {@link #withServiceCostPerTicket}; an in-memory set comes
 * from {@code io.bizloop.crm.memory.InMemoryCrmPorts}.
 *
 * @param customers the customers
 * @param leads the leads
 * @param opportunities the opportunities
 * @param orders the sales orders
 * @param tickets the service tickets
 * @param agents the service agents
 * @param catalog the products and warehouses (inventory's, answered by the host)
 * @param availability what stock could be promised (inventory's, answered by the host)
 * @param receivables what customers owe (accounting's, answered by the host)
 * @param pipeline the open stages and their default probabilities
 * @param serviceCostPerTicket the cost of serving one ticket in the company currency, zero or
 *     positive, at most the currency's decimals; subtracted once per ticket from the lifetime value
 */
public record CrmPorts(
    Customers customers,
    Leads leads,
    Opportunities opportunities,
    SalesOrders orders,
    Tickets tickets,
    Agents agents,
    Catalog catalog,
    StockAvailability availability,
    Receivables receivables,
    Pipeline pipeline,
    BigDecimal serviceCostPerTicket) {

  /**
   * Checks that every part is given and that the service cost is not negative.
   *
   * @param customers the customers
   * @param leads the leads
   * @param opportunities the opportunities
   * @param orders the sales orders
   * @param tickets the service tickets
   * @param agents the service agents
   * @param catalog the products and warehouses
   * @param availability what stock could be promised
   * @param receivables what customers owe
   * @param pipeline the open stages and their default probabilities
   * @param serviceCostPerTicket the cost of one ticket, zero or positive
   *
   * @throws NullPointerException when a part is missing
   * @throws IllegalArgumentException when the service cost is negative
   */
  public CrmPorts {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(opportunities, "opportunities");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(agents, "agents");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(receivables, "receivables");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(serviceCostPerTicket, "serviceCostPerTicket");
    if (serviceCostPerTicket.signum() < 0) {
      throw new IllegalArgumentException("the service cost per ticket must not be negative");
    }
  }

  /**
   * The ports with the standard pipeline ({@link Pipeline#standard()}) and no service cost per
   * ticket.
   *
   * @param customers the customers
   * @param leads the leads
   * @param opportunities the opportunities
   * @param orders the sales orders
   * @param tickets the service tickets
   * @param agents the service agents
   * @param catalog the products and warehouses
   * @param availability what stock could be promised
   * @param receivables what customers owe
   * @return the ports
   */
  public static CrmPorts of(
      Customers customers,
      Leads leads,
      Opportunities opportunities,
      SalesOrders orders,
      Tickets tickets,
      Agents agents,
      Catalog catalog,
      StockAvailability availability,
      Receivables receivables) {
    return new CrmPorts(
        customers, leads, opportunities, orders, tickets, agents, catalog, availability, receivables,
        Pipeline.standard(), BigDecimal.ZERO);
  }

  /**
   * The same ports with another pipeline.
   *
   * @param otherPipeline the open stages and their default probabilities
   * @return a copy using {@code otherPipeline}
   */
  public CrmPorts withPipeline(Pipeline otherPipeline) {
    return new CrmPorts(
        customers, leads, opportunities, orders, tickets, agents, catalog, availability, receivables, otherPipeline,
        serviceCostPerTicket);
  }

  /**
   * The same ports with a service cost per ticket.
   *
   * @param cost the cost of one ticket in the company currency, zero or positive
   * @return a copy using {@code cost}
   */
  public CrmPorts withServiceCostPerTicket(BigDecimal cost) {
    return new CrmPorts(
        customers, leads, opportunities, orders, tickets, agents, catalog, availability, receivables, pipeline, cost);
  }

  /**
   * The same ports with a service cost per ticket written as text, e.g. {@code "25.00"}.
   *
   * @param cost the cost of one ticket in the company currency
   * @return a copy using {@code cost}
   * @throws NumberFormatException when {@code cost} is not a decimal number
   */
  public CrmPorts withServiceCostPerTicket(String cost) {
    return withServiceCostPerTicket(new BigDecimal(cost));
  }
}
