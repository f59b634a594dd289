package io.bizloop.crm.memory;

import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.Outcome;
import io.bizloop.core.TicketId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.Leads;
import io.bizloop.crm.port.Tickets;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The in-memory leads, customers and tickets over one unit of work, each beside a view of the
 * same store that answers the indexed lookups by the port's default method (walking {@code all()}).
 */
final class LookupWorld {

  static final LocalDate DAY = LocalDate.of(2026, 11, 1);
  static final Currency CNY = Currency.getInstance("CNY");

  final InMemoryUnitOfWork uow = new InMemoryUnitOfWork();
  final InMemoryLeads leads = new InMemoryLeads(uow);
  final InMemoryCustomers customers = new InMemoryCustomers(uow);
  final InMemoryTickets tickets = new InMemoryTickets(uow);
  final Leads leadsByDefault = new DefaultLeads(leads);
  final Customers customersByDefault = new DefaultCustomers(customers);
  final Tickets ticketsByDefault = new DefaultTickets(tickets);

  static Lead lead(String id, String phone, String email, String company) {
    return Lead.capture(LeadId.of(id), "Someone " + id, company, "web", phone, email, DAY);
  }

  static Customer customer(String id, String name) {
    return Customer.create(CustomerId.of(id), name, null, null, DAY, CNY, null);
  }

  /** {@code customer} as stored, under another name (the same version: a save of it is no conflict). */
  static Customer renamed(Customer customer, String name) {
    Customer.Snapshot s = customer.snapshot();
    return Customer.restore(
        new Customer.Snapshot(
            s.id(), name, s.industry(), s.size(), s.tags(), s.owner(), s.activities(), s.paid(), s.registeredOn(),
            s.lastPaymentOn(), s.creditLimit(), s.version()));
  }

  static ServiceTicket ticket(String id, String customer) {
    return ServiceTicket.open(TicketId.of(id), CustomerId.of(customer), "help with " + id, null, null, null, DAY);
  }

  static List<Lead.Snapshot> leadStates(List<Lead> leads) {
    return leads.stream().map(Lead::snapshot).toList();
  }

  static List<Customer.Snapshot> customerStates(List<Customer> customers) {
    return customers.stream().map(Customer::snapshot).toList();
  }

  static List<ServiceTicket.Snapshot> ticketStates(List<ServiceTicket> tickets) {
    return tickets.stream().map(ServiceTicket::snapshot).toList();
  }

  /** Delegates everything but {@link Leads#resembling}, which stays the port's default. */
  private record DefaultLeads(Leads adapter) implements Leads {
    @Override
    public Optional<Lead> find(LeadId id) {
      return adapter.find(id);
    }

    @Override
    public Outcome<Void> save(Lead aggregate) {
      return adapter.save(aggregate);
    }

    @Override
    public boolean exists(LeadId id) {
      return adapter.exists(id);
    }

    @Override
    public List<Lead> all() {
      return adapter.all();
    }
  }

  /** Delegates everything but {@link Customers#named}, which stays the port's default. */
  private record DefaultCustomers(Customers adapter) implements Customers {
    @Override
    public Optional<Customer> find(CustomerId id) {
      return adapter.find(id);
    }

    @Override
    public Outcome<Void> save(Customer aggregate) {
      return adapter.save(aggregate);
    }

    @Override
    public boolean exists(CustomerId id) {
      return adapter.exists(id);
    }

    @Override
    public List<Customer> all() {
      return adapter.all();
    }
  }

  /** Delegates everything but {@link Tickets#open}, which stays the port's default. */
  private record DefaultTickets(Tickets adapter) implements Tickets {
    @Override
    public Optional<ServiceTicket> find(TicketId id) {
      return adapter.find(id);
    }

    @Override
    public Outcome<Void> save(ServiceTicket aggregate) {
      return adapter.save(aggregate);
    }

    @Override
    public boolean exists(TicketId id) {
      return adapter.exists(id);
    }

    @Override
    public List<ServiceTicket> all() {
      return adapter.all();
    }
  }
}
