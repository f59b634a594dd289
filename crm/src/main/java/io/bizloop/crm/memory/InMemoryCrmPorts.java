package io.bizloop.crm.memory;

import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.CrmPorts;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.StockAvailability;

/** Crm's ports with in-memory repositories, for tests, demos and hosts that keep nothing. */
public final class InMemoryCrmPorts {

  private InMemoryCrmPorts() {}

  /**
   * Empty in-memory repositories bound to {@code unitOfWork}, the host's cross-context ports, the
   * standard pipeline and no service cost per ticket (change them with
   * {@link CrmPorts#withPipeline} and {@link CrmPorts#withServiceCostPerTicket}).
   *
   * @param unitOfWork the unit of work the repositories' writes belong to (the host's)
   * @param catalog the products and warehouses
   * @param availability what stock could be promised
   * @param receivables what customers owe
   * @return the ports
   */
  public static CrmPorts create(
      InMemoryUnitOfWork unitOfWork, Catalog catalog, StockAvailability availability, Receivables receivables) {
    return CrmPorts.of(
        new InMemoryCustomers(unitOfWork),
        new InMemoryLeads(unitOfWork),
        new InMemoryOpportunities(unitOfWork),
        new InMemorySalesOrders(unitOfWork),
        new InMemoryTickets(unitOfWork),
        new InMemoryAgents(unitOfWork),
        catalog,
        availability,
        receivables);
  }
}
