package io.bizloop.crm.application;

import io.bizloop.core.AgentId;
import io.bizloop.crm.domain.Agent;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.domain.TicketStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads what the dispatch rule needs: agents in registration order, open tickets per agent, the assignment sequence. */
final class Dispatch {

  private Dispatch() {}

  static Map<AgentId, Integer> openTickets(List<ServiceTicket> tickets) {
    Map<AgentId, Integer> open = new HashMap<>();
    for (ServiceTicket ticket : tickets) {
      if (ticket.status() == TicketStatus.OPEN) {
        ticket.assignee().ifPresent(a -> open.merge(a, 1, Integer::sum));
      }
    }
    return open;
  }

  /** The next number of the global assignment sequence. */
  static long nextAssignment(List<Agent> agents) {
    return agents.stream().mapToLong(Agent::lastAssignment).max().orElse(0) + 1;
  }
}
