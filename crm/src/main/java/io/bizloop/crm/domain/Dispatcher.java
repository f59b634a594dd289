package io.bizloop.crm.domain;

import io.bizloop.core.AgentId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dispatch rule (scenario-format.md): among the agents that can handle the ticket's skill
 * (all agents when it names none), the one with the fewest open tickets; ties go to the one
 * assigned longest ago (never assigned counts as longest ago; by the global assignment
 * sequence), then to the one registered first.
 */
public final class Dispatcher {

  private Dispatcher() {}

  /**
   * The agent that gets a ticket needing {@code skill}, or empty when none can handle it.
   *
   * @param skill the skill needed, or {@code null} for none
   * @param agents all agents in registration order
   * @param openTickets open tickets per agent (absent = 0)
   * @return the chosen agent, or empty
   */
  public static Optional<Agent> choose(String skill, List<Agent> agents, Map<AgentId, Integer> openTickets) {
    Comparator<Agent> byLoad = Comparator.comparingInt(a -> openTickets.getOrDefault(a.id(), 0));
    Comparator<Agent> rule = byLoad.thenComparingLong(Agent::lastAssignment);
    Agent best = null;
    for (Agent agent : agents) {
      if (agent.canHandle(skill) && (best == null || rule.compare(agent, best) < 0)) {
        best = agent;
      }
    }
    return Optional.ofNullable(best);
  }
}
