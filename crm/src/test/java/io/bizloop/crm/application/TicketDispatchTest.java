package io.bizloop.crm.application;

import static io.bizloop.crm.application.CrmKit.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.TicketId;
import io.bizloop.crm.domain.Priority;
import io.bizloop.crm.domain.TicketStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketDispatchTest {

  private final CrmKit kit = new CrmKit().customer("C-1");
  private final Crm crm = kit.crm;

  private void agent(String id, String... skills) {
    crm.registerAgent(RegisterAgent.Command.of(AgentId.of(id), DAY).skills(skills)).orElseThrow();
  }

  private AgentId ticket(String id, String skill) {
    return crm.openTicket(OpenTicket.Command.of(TicketId.of(id), CustomerId.of("C-1"), "help", DAY).skill(skill))
        .orElseThrow();
  }

  private AgentId ticket(String id) {
    return crm.openTicket(OpenTicket.Command.of(TicketId.of(id), CustomerId.of("C-1"), "help", DAY)).orElseThrow();
  }

  @Test
  void dispatchesScenarioThreeByLoadThenLongestAgoThenRegistration() {
    // given
    agent("A-1", "billing");
    agent("A-2", "billing", "repair");
    agent("A-3", "repair");

    // when
    AgentId t1 = ticket("T-1", "repair");
    AgentId t2 = ticket("T-2", "repair");
    AgentId t3 = ticket("T-3");
    AgentId t4 = ticket("T-4", "billing");
    crm.resolveTicket(new ResolveTicket.Command(TicketId.of("T-2"), DAY)).orElseThrow();
    AgentId t5 = ticket("T-5", "repair");

    // then
    assertThat(new AgentId[] {t1, t2, t3, t4, t5})
        .containsExactly(AgentId.of("A-2"), AgentId.of("A-3"), AgentId.of("A-1"), AgentId.of("A-2"), AgentId.of("A-3"));
    assertThat(crm.tickets()).extracting(TicketView::status)
        .containsExactly(TicketStatus.OPEN, TicketStatus.RESOLVED, TicketStatus.OPEN, TicketStatus.OPEN, TicketStatus.OPEN);
  }

  @Test
  void aTicketNoAgentCanHandleWaitsForTheFirstAgentRegisteredWithItsSkill() {
    // given
    agent("A-1", "billing");
    ticket("T-1", "repair");
    ticket("T-2", "REPAIR");

    // when
    agent("A-2", "billing");
    agent("A-3", "repair");

    // then
    assertThat(crm.tickets()).extracting(TicketView::assignee).containsExactly(AgentId.of("A-3"), AgentId.of("A-3"));
  }

  @Test
  void setsTheDueDateByPriority() {
    // when
    crm.openTicket(OpenTicket.Command.of(
        TicketId.of("T-1"), CustomerId.of("C-1"), "down", DAY).priority(Priority.URGENT)).orElseThrow();
    crm.openTicket(OpenTicket.Command.of(
        TicketId.of("T-2"), CustomerId.of("C-1"), "slow", DAY)).orElseThrow();

    // then
    assertThat(crm.tickets()).extracting(TicketView::dueOn).containsExactly(DAY.plusDays(1), DAY.plusDays(3));
    assertThat(crm.tickets()).extracting(TicketView::assignee).containsOnlyNulls();
  }

  @Test
  void resolvesAWaitingTicketOnceOnly() {
    // given
    ticket("T-1", "repair");

    // when
    Outcome<Void> first = crm.resolveTicket(new ResolveTicket.Command(TicketId.of("T-1"), DAY));
    Outcome<Void> second = crm.resolveTicket(new ResolveTicket.Command(TicketId.of("T-1"), DAY));
    Outcome<Void> note = crm.addProgressNote(new AddProgressNote.Command(TicketId.of("T-1"), "called back", DAY));

    // then
    assertThat(first.isAccepted()).isTrue();
    assertThat(second.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(note.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
  }

  @Test
  void refusesBadTicketsAndKeepsNothing() {
    // given
    ticket("T-1");

    // when / then
    assertThat(crm.openTicket(OpenTicket.Command.of(
        TicketId.of("T-2"), CustomerId.of("C-1"), " ", DAY)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crm.openTicket(OpenTicket.Command.of(
        TicketId.of("T-1"), CustomerId.of("C-1"), "x", DAY)).rejection().code())
        .isEqualTo(RejectionCode.DUPLICATE_ID);
    assertThat(crm.openTicket(OpenTicket.Command.of(
        TicketId.of("T-2"), CustomerId.of("C-X"), "x", DAY)).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(crm.openTicket(OpenTicket.Command.of(
        TicketId.of("T-2"), CustomerId.of("C-1"), "x", DAY).order(SalesOrderId.of("SO-X"))).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(crm.registerAgent(RegisterAgent.Command.of(AgentId.of("A-1"), DAY)).isAccepted()).isTrue();
    assertThat(crm.registerAgent(RegisterAgent.Command.of(AgentId.of("A-1"), DAY)).rejection().code())
        .isEqualTo(RejectionCode.DUPLICATE_ID);
    assertThat(crm.tickets()).hasSize(1);
  }
}
