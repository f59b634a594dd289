package io.bizloop.crm.application;

import io.bizloop.core.Money;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UnitOfWork;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Pipeline;
import io.bizloop.crm.port.Agents;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.Leads;
import io.bizloop.crm.port.Opportunities;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.SalesOrders;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.crm.port.Tickets;
import java.util.Objects;

/** The ports, settings and infrastructure every crm use case works with. */
record CrmContext(
    EventPublisher publisher,
    UnitOfWork unitOfWork,
    CommandValidator validator,
    CrmSettings settings,
    Pipeline pipeline,
    Money serviceCostPerTicket,
    Catalog catalog,
    StockAvailability availability,
    Receivables receivables,
    Customers customers,
    Leads leads,
    Opportunities opportunities,
    SalesOrders orders,
    Tickets tickets,
    Agents agents) {

  CrmContext {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(unitOfWork, "unitOfWork");
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(pipeline, "pipeline");
    Objects.requireNonNull(serviceCostPerTicket, "serviceCostPerTicket");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(availability, "availability");
    Objects.requireNonNull(receivables, "receivables");
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(leads, "leads");
    Objects.requireNonNull(opportunities, "opportunities");
    Objects.requireNonNull(orders, "orders");
    Objects.requireNonNull(tickets, "tickets");
    Objects.requireNonNull(agents, "agents");
  }
}
