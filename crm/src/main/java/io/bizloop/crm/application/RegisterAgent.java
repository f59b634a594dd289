package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.optionalText;
import static io.bizloop.crm.application.Shapes.required;
import static io.bizloop.crm.application.Shapes.texts;

import io.bizloop.core.AgentId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.TicketId;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.Agent;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.port.Agents;
import io.bizloop.crm.port.Tickets;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Registers a service agent with skills (compared trimmed, case-insensitively). The new agent
 * takes every waiting ticket it can handle, oldest first; answers those tickets. Rejections:
 * INVALID_INPUT (a blank or too long skill), DUPLICATE_ID.
 */
public final class RegisterAgent implements UseCase<RegisterAgent.Command, List<TicketId>> {

  /**
   * Register an agent. Build it with {@link #of} and add a name and skills by name.
   *
   * @param id the new agent's id
   * @param name its name, or {@code null}
   * @param skills its skills, each non-blank and at most 200 characters ({@code null} = none)
   * @param date business date
   */
  public record Command(@NotNull AgentId id, String name, Set<String> skills, @NotNull LocalDate date) {

    /**
     * An agent without name or skills (it takes tickets that need no skill).
     *
     * @param id the new agent's id
     * @param date business date
     * @return the command
     */
    public static Command of(AgentId id, LocalDate date) {
      return new Command(id, null, Set.of(), date);
    }

    /**
     * This command with a name.
     *
     * @param agentName the agent's name
     * @return a copy with it
     */
    public Command name(String agentName) {
      return new Command(id, agentName, skills, date);
    }

    /**
     * This command with these skills.
     *
     * @param agentSkills the skills
     * @return a copy with them
     */
    public Command skills(String... agentSkills) {
      return new Command(id, name, new LinkedHashSet<>(List.of(agentSkills)), date);
    }

    /**
     * This command with these skills.
     *
     * @param agentSkills the skills
     * @return a copy with them
     */
    public Command skills(Set<String> agentSkills) {
      return new Command(id, name, agentSkills, date);
    }
  }

  private final Agents agents;
  private final Tickets tickets;

  /**
   * The use case over its ports.
   *
   * @param agents the service agents
   * @param tickets the service tickets
   */
  public RegisterAgent(Agents agents, Tickets tickets) {
    this.agents = Objects.requireNonNull(agents, "agents");
    this.tickets = Objects.requireNonNull(tickets, "tickets");
  }

  /**
   * Registers the agent and hands it the waiting tickets it can handle.
   *
   * @param c the command
   * @return the tickets it took, oldest first; INVALID_INPUT, DUPLICATE_ID
   */
  @Override
  public Outcome<List<TicketId>> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(
                required(c.id(), "agent id"), optionalText(c.name(), "agent name"),
                texts(c.skills(), "a skill of agent " + c.id()), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (agents.exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "agent " + c.id() + " already exists");
    }
    long sequence = Dispatch.nextAssignment(agents.all());
    Agent agent =
        Agent.register(c.id(), Shapes.blankToNull(c.name()), c.skills() == null ? Set.of() : c.skills(), c.date());
    List<TicketId> taken = new ArrayList<>();
    for (ServiceTicket ticket : tickets.open()) {
      if (ticket.waiting() && agent.canHandle(ticket.skill().orElse(null))) {
        Outcome<Void> assigned = ticket.assignTo(agent.id());
        if (assigned.isRejected()) {
          return assigned.rejectedAs();
        }
        agent.assigned(sequence++);
        Outcome<Void> saved = tickets.save(ticket);
        if (saved.isRejected()) {
          return saved.rejectedAs();
        }
        taken.add(ticket.id());
      }
    }
    return agents.save(agent).map(v -> List.copyOf(taken));
  }
}
