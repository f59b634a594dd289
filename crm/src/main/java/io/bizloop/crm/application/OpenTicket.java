package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.TicketId;
import io.bizloop.crm.domain.Agent;
import io.bizloop.crm.domain.Dispatcher;
import io.bizloop.crm.domain.Priority;
import io.bizloop.crm.domain.ServiceTicket;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Opens a service ticket and dispatches it by {@link Dispatcher}'s rule; when no agent can handle
 * its skill it waits unassigned (never refused for that). Answers the assignee, or {@code null}
 * while it waits. The SLA due date is the opening date plus the priority's days (NORMAL when
 * none). Rejections: INVALID_INPUT, DUPLICATE_ID, UNKNOWN_REFERENCE (customer, order).
 */
public final class OpenTicket extends UseCase<OpenTicket.Command, AgentId> {

  /**
   * @param id the new ticket's id
   * @param customer who asks
   * @param subject what about
   * @param skill the skill needed, or {@code null} for any agent
   * @param order the order it is about, optional
   * @param priority optional, NORMAL by default
   * @param date business date
   */
  public record Command(
      @NotNull TicketId id, @NotNull CustomerId customer, @NotBlank String subject, String skill, SalesOrderId order,
      Priority priority, @NotNull LocalDate date) {}

  OpenTicket(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(
        required(c.id(), "ticket id"), required(c.customer(), "customer"), text(c.subject(), "subject"), date(c.date()));
  }

  @Override
  Outcome<AgentId> decide(Command c) {
    if (ctx.tickets().exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "ticket " + c.id() + " already exists");
    }
    if (!ctx.customers().exists(c.customer())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    if (c.order() != null && !ctx.orders().exists(c.order())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "order " + c.order() + " does not exist");
    }
    ServiceTicket ticket =
        ServiceTicket.open(c.id(), c.customer(), c.subject(), c.skill(), c.order(), c.priority(), c.date());
    List<Agent> agents = ctx.agents().all();
    Optional<Agent> chosen =
        Dispatcher.choose(ticket.skill().orElse(null), agents, Dispatch.openTickets(ctx.tickets().all()));
    if (chosen.isPresent()) {
      Agent agent = chosen.get();
      ticket.assignTo(agent.id());
      agent.assigned(Dispatch.nextAssignment(agents));
      saved(ctx.agents().save(agent), "agent " + agent.id());
    }
    saved(ctx.tickets().save(ticket), "ticket " + c.id());
    return Outcome.accepted(chosen.map(Agent::id).orElse(null));
  }
}
