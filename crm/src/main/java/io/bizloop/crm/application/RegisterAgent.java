package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;

import io.bizloop.core.AgentId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.TicketId;
import io.bizloop.crm.domain.Agent;
import io.bizloop.crm.domain.ServiceTicket;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Registers a service agent with skills (compared trimmed, case-insensitively). The new agent
 * takes every waiting ticket it can handle, oldest first; answers those tickets. Rejections:
 * INVALID_INPUT, DUPLICATE_ID.
 */
public final class RegisterAgent extends UseCase<RegisterAgent.Command, List<TicketId>> {

  /**
   * @param id the new agent's id
   * @param name optional
   * @param skills its skills, may be empty ({@code null} = none)
   * @param date business date
   */
  public record Command(@NotNull AgentId id, String name, Set<String> skills, @NotNull LocalDate date) {}

  RegisterAgent(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    Optional<Rejection> skills =
        c.skills() != null && c.skills().stream().anyMatch(s -> s == null || s.isBlank())
            ? invalid("agent " + c.id() + " has a blank skill")
            : Optional.empty();
    return first(required(c.id(), "agent id"), skills, date(c.date()));
  }

  @Override
  Outcome<List<TicketId>> decide(Command c) {
    if (ctx.agents().exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "agent " + c.id() + " already exists");
    }
    List<Agent> agents = ctx.agents().all();
    long sequence = Dispatch.nextAssignment(agents);
    Agent agent =
        Agent.register(c.id(), RegisterCustomer.blankToNull(c.name()), c.skills() == null ? Set.of() : c.skills(), c.date());
    List<TicketId> taken = new ArrayList<>();
    for (ServiceTicket ticket : ctx.tickets().all()) {
      if (ticket.waiting() && agent.canHandle(ticket.skill().orElse(null))) {
        ticket.assignTo(agent.id());
        agent.assigned(sequence++);
        saved(ctx.tickets().save(ticket), "ticket " + ticket.id());
        taken.add(ticket.id());
      }
    }
    saved(ctx.agents().save(agent), "agent " + c.id());
    return Outcome.accepted(List.copyOf(taken));
  }
}
