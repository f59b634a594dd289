package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;
import static io.bizloop.crm.application.Shapes.text;

import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.TicketId;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.Agent;
import io.bizloop.crm.domain.Dispatcher;
import io.bizloop.crm.domain.Priority;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.port.Agents;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.SalesOrders;
import io.bizloop.crm.port.Tickets;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens a service ticket and dispatches it by {@link Dispatcher}'s rule; when no agent can handle
 * its skill it waits unassigned (never refused for that). Answers the assignee, or {@code null}
 * while it waits. The SLA due date is the opening date plus the priority's days (NORMAL when
 * none). Rejections: INVALID_INPUT (blank subject; a blank or too long skill), DUPLICATE_ID,
 * UNKNOWN_REFERENCE (customer, order), INVALID_STATE (the order belongs to another customer).
 */
public final class OpenTicket implements UseCase<OpenTicket.Command, AgentId> {

  /**
   * Open a ticket. Build it with {@link #of} and add the optional parts by name.
   *
   * @param id the new ticket's id
   * @param customer who asks
   * @param subject what about, non-blank, at most 200 characters
   * @param skill the skill needed (non-blank, at most 200 characters), or {@code null} for any agent
   * @param order the order it is about (one of the customer's), or {@code null}
   * @param priority how urgent, or {@code null} for NORMAL
   * @param date business date
   */
  public record Command(
      @NotNull TicketId id, @NotNull CustomerId customer, @NotBlank String subject, String skill, SalesOrderId order,
      Priority priority, @NotNull LocalDate date) {

    /**
     * A ticket any agent may take, about no order, of NORMAL priority.
     *
     * @param id the new ticket's id
     * @param customer who asks
     * @param subject what about
     * @param date business date
     * @return the command
     */
    public static Command of(TicketId id, CustomerId customer, String subject, LocalDate date) {
      return new Command(id, customer, subject, null, null, null, date);
    }

    /**
     * This command needing a skill.
     *
     * @param needed the skill (compared trimmed, case-insensitively)
     * @return a copy with it
     */
    public Command skill(String needed) {
      return new Command(id, customer, subject, needed, order, priority, date);
    }

    /**
     * This command about an order of the customer.
     *
     * @param about the sales order
     * @return a copy with it
     */
    public Command order(SalesOrderId about) {
      return new Command(id, customer, subject, skill, about, priority, date);
    }

    /**
     * This command with a priority.
     *
     * @param urgency how urgent
     * @return a copy with it
     */
    public Command priority(Priority urgency) {
      return new Command(id, customer, subject, skill, order, urgency, date);
    }
  }

  private final Tickets tickets;
  private final Customers customers;
  private final SalesOrders orders;
  private final Agents agents;

  /**
   * The use case over its ports.
   *
   * @param tickets the service tickets
   * @param customers the customers
   * @param orders the sales orders
   * @param agents the service agents
   */
  public OpenTicket(Tickets tickets, Customers customers, SalesOrders orders, Agents agents) {
    this.tickets = Objects.requireNonNull(tickets, "tickets");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.orders = Objects.requireNonNull(orders, "orders");
    this.agents = Objects.requireNonNull(agents, "agents");
  }

  /**
   * Opens and dispatches the ticket.
   *
   * @param c the command
   * @return the assignee, or {@code null} while it waits; INVALID_INPUT, DUPLICATE_ID,
   *     UNKNOWN_REFERENCE, INVALID_STATE
   */
  @Override
  public Outcome<AgentId> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(
                required(c.id(), "ticket id"), required(c.customer(), "customer"), text(c.subject(), "subject"),
                c.skill() == null ? Optional.empty() : text(c.skill(), "skill"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (tickets.exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "ticket " + c.id() + " already exists");
    }
    if (!customers.exists(c.customer())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    if (c.order() != null) {
      Optional<SalesOrder> order = orders.find(c.order());
      if (order.isEmpty()) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "order " + c.order() + " does not exist");
      }
      if (!order.get().customer().equals(c.customer())) {
        return Outcome.rejected(
            INVALID_STATE, "order " + c.order() + " belongs to customer " + order.get().customer() + ", not " + c.customer());
      }
    }
    ServiceTicket ticket =
        ServiceTicket.open(c.id(), c.customer(), c.subject(), c.skill(), c.order(), c.priority(), c.date());
    List<Agent> all = agents.all();
    Optional<Agent> chosen =
        Dispatcher.choose(ticket.skill().orElse(null), all, Dispatch.openTickets(tickets.open()));
    if (chosen.isPresent()) {
      Agent agent = chosen.get();
      Outcome<Void> assigned = ticket.assignTo(agent.id());
      if (assigned.isRejected()) {
        return assigned.rejectedAs();
      }
      agent.assigned(Dispatch.nextAssignment(all));
      Outcome<Void> saved = agents.save(agent);
      if (saved.isRejected()) {
        return saved.rejectedAs();
      }
    }
    return tickets.save(ticket).map(v -> chosen.map(Agent::id).orElse(null));
  }
}
