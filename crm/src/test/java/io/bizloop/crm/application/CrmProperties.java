package io.bizloop.crm.application;

import static io.bizloop.crm.application.CrmKit.DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.TicketId;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.crm.domain.LeadStatus;
import io.bizloop.crm.domain.OpportunityStatus;
import io.bizloop.crm.domain.Pipeline;
import io.bizloop.crm.domain.TicketStatus;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Model-based properties for design.md invariants 13–16: random command lists (each command
 * decoded from one random int) run against a real Crm and a tiny model, invariants checked after
 * every step; a failure is shrunk to the shortest failing list by core's Minimiser.
 */
class CrmProperties {

  private static final Gen<List<Integer>> COMMANDS =
      lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 30);

  private static final List<String> STAGES =
      List.of("QUALIFICATION", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION", "WON", "LOST", "NOPE");

  @Test
  void weightedPipelineIsTheSumOverOpenOpportunities() {
    qt().withExamples(200).forAll(COMMANDS).checkAssert(cmds -> CommandLists.check(cmds, CrmProperties::pipelineHistory));
  }

  private static void pipelineHistory(List<Integer> cmds) {
    CrmKit kit = new CrmKit().customer("C-1");
    Crm crm = kit.crm;
    Pipeline pipeline = Pipeline.standard();
    Map<String, Money> amount = new HashMap<>();
    Map<String, Integer> probability = new HashMap<>();
    Map<String, String> stage = new HashMap<>();
    Set<String> closed = new HashSet<>();
    for (int cmd : cmds) {
      String id = "OP-" + (cmd % 5);
      int arg = (cmd / 5) % 7;
      int kind = (cmd / 35) % 5;
      OpportunityId opp = OpportunityId.of(id);
      Outcome<?> outcome;
      switch (kind) {
        case 0 -> {
          BigDecimal value = BigDecimal.valueOf(cmd % 100_003 + 1, 2);
          outcome = crm.openOpportunity(OpenOpportunity.Command.of(opp, CustomerId.of("C-1"), value, DAY).stage(STAGES.get(arg)));
          boolean expected = !amount.containsKey(id) && arg < 4;
          assertThat(outcome.isAccepted()).as("open %s in %s", id, STAGES.get(arg)).isEqualTo(expected);
          if (expected) {
            amount.put(id, Money.of(value, CrmKit.CNY));
            probability.put(id, pipeline.probability(STAGES.get(arg)));
            stage.put(id, STAGES.get(arg));
          }
        }
        case 1 -> {
          outcome = crm.advanceOpportunity(new AdvanceOpportunity.Command(opp, STAGES.get(arg), DAY));
          boolean expected = amount.containsKey(id) && !closed.contains(id) && arg < 4;
          assertThat(outcome.isAccepted()).as("advance %s to %s", id, STAGES.get(arg)).isEqualTo(expected);
          if (expected && !STAGES.get(arg).equals(stage.get(id))) {
            // an override lasts until the stage changes
            probability.put(id, pipeline.probability(STAGES.get(arg)));
            stage.put(id, STAGES.get(arg));
          }
        }
        case 2 -> {
          outcome = crm.winOpportunity(WinOpportunity.Command.of(opp, DAY));
          boolean expected = amount.containsKey(id) && !closed.contains(id);
          assertThat(outcome.isAccepted()).isEqualTo(expected);
          if (expected) {
            closed.add(id);
            probability.put(id, 100);
          }
        }
        case 3 -> {
          outcome = crm.loseOpportunity(new LoseOpportunity.Command(opp, "reason", DAY));
          boolean expected = amount.containsKey(id) && !closed.contains(id);
          assertThat(outcome.isAccepted()).isEqualTo(expected);
          if (expected) {
            closed.add(id);
            probability.put(id, 0);
          }
        }
        default -> {
          int percent = cmd % 101;
          outcome = crm.overrideProbability(OverrideProbability.Command.set(opp, percent, DAY));
          boolean expected = amount.containsKey(id) && !closed.contains(id);
          assertThat(outcome.isAccepted()).isEqualTo(expected);
          if (expected) {
            probability.put(id, percent);
          }
        }
      }
      // invariant 14: each probability is the model's (stage default, override, 100 won, 0 lost)
      for (OpportunityView view : crm.opportunities()) {
        String key = view.id().value();
        assertThat(view.probability()).as("probability of %s", key).isEqualTo(probability.get(key));
        assertThat(view.status() != OpportunityStatus.OPEN).isEqualTo(closed.contains(key));
      }
      // invariant 15: weighted pipeline = Σ open round(amount × probability / 100)
      Money expected = Money.zero(CrmKit.CNY);
      for (String key : amount.keySet()) {
        if (!closed.contains(key)) {
          expected = expected.plus(amount.get(key).times(BigDecimal.valueOf(probability.get(key), 2)));
        }
      }
      assertThat(crm.funnel().weightedPipeline()).isEqualTo(expected);
      assertThat(crm.funnel().stages().stream().map(s -> s.weighted()).reduce(Money.zero(CrmKit.CNY), Money::plus))
          .isEqualTo(expected);
    }
  }

  @Test
  void everyOpenTicketHasAtMostOneEligibleAssigneeAndWaitsOnlyWhileNoAgentHasItsSkill() {
    qt().withExamples(200).forAll(COMMANDS).checkAssert(cmds -> CommandLists.check(cmds, CrmProperties::ticketHistory));
  }

  private static final List<String> SKILLS = List.of("billing", "repair", "install");

  private static void ticketHistory(List<Integer> cmds) {
    CrmKit kit = new CrmKit().customer("C-1");
    Crm crm = kit.crm;
    Map<AgentId, Set<String>> agents = new HashMap<>();
    int tickets = 0;
    for (int cmd : cmds) {
      int kind = cmd % 3;
      int arg = cmd / 3;
      if (kind == 0) {
        Set<String> skills = new HashSet<>();
        for (int i = 0; i < SKILLS.size(); i++) {
          if ((arg >> i & 1) == 1) {
            skills.add(SKILLS.get(i));
          }
        }
        AgentId id = AgentId.of("A-" + (arg >> 3) % 6);
        Outcome<?> registered = crm.registerAgent(RegisterAgent.Command.of(id, DAY).skills(skills));
        assertThat(registered.isAccepted()).isEqualTo(!agents.containsKey(id));
        agents.putIfAbsent(id, skills);
      } else if (kind == 1) {
        int pick = arg % (SKILLS.size() + 1);
        String skill = pick == SKILLS.size() ? null : SKILLS.get(pick);
        tickets++;
        OpenTicket.Command open = OpenTicket.Command.of(TicketId.of("T-" + tickets), CustomerId.of("C-1"), "help", DAY);
        crm.openTicket(skill == null ? open : open.skill(skill)).orElseThrow();
      } else if (tickets > 0) {
        crm.resolveTicket(new ResolveTicket.Command(TicketId.of("T-" + (arg % tickets + 1)), DAY));
      }
      // invariant 16
      for (TicketView ticket : crm.tickets()) {
        if (ticket.status() != TicketStatus.OPEN) {
          continue;
        }
        boolean someoneCan = agents.values().stream()
            .anyMatch(s -> ticket.skill() == null || s.stream().anyMatch(k -> k.equalsIgnoreCase(ticket.skill())));
        if (ticket.assignee() == null) {
          assertThat(someoneCan).as("ticket %s waits although an agent has %s", ticket.id(), ticket.skill()).isFalse();
        } else {
          Set<String> skills = agents.get(ticket.assignee());
          assertThat(ticket.skill() == null || skills.stream().anyMatch(k -> k.equalsIgnoreCase(ticket.skill())))
              .as("assignee %s of %s has skill %s", ticket.assignee(), ticket.id(), ticket.skill()).isTrue();
        }
      }
    }
  }

  @Test
  void aConvertedLeadPointsToExactlyOneCustomerAndOpportunityAndNeverConvertsAgain() {
    qt().withExamples(200).forAll(COMMANDS).checkAssert(cmds -> CommandLists.check(cmds, CrmProperties::leadHistory));
  }

  private static void leadHistory(List<Integer> cmds) {
    CrmKit kit = new CrmKit();
    Crm crm = kit.crm;
    Map<String, LeadStatus> model = new HashMap<>();
    int opportunities = 0;
    for (int cmd : cmds) {
      String id = "L-" + cmd % 4;
      LeadId lead = LeadId.of(id);
      int kind = (cmd / 4) % 4;
      switch (kind) {
        case 0 -> {
          boolean accepted = crm.captureLead(CaptureLead.Command.of(lead, "n", DAY)).isAccepted();
          assertThat(accepted).isEqualTo(!model.containsKey(id));
          model.putIfAbsent(id, LeadStatus.NEW);
        }
        case 1 -> {
          boolean accepted = crm.qualifyLead(new QualifyLead.Command(lead, DAY)).isAccepted();
          assertThat(accepted).isEqualTo(model.get(id) == LeadStatus.NEW);
          if (accepted) {
            model.put(id, LeadStatus.QUALIFIED);
          }
        }
        case 2 -> {
          boolean accepted = crm.disqualifyLead(DisqualifyLead.Command.of(lead, DAY)).isAccepted();
          assertThat(accepted).isEqualTo(model.get(id) == LeadStatus.NEW || model.get(id) == LeadStatus.QUALIFIED);
          if (accepted) {
            model.put(id, LeadStatus.DISQUALIFIED);
          }
        }
        default -> {
          opportunities++;
          boolean accepted = crm.convertLead(ConvertLead.Command.of(
              lead, CustomerId.of("C-" + cmd % 3), OpportunityId.of("OP-" + opportunities), BigDecimal.TEN, DAY))
              .isAccepted();
          assertThat(accepted).isEqualTo(model.get(id) == LeadStatus.NEW || model.get(id) == LeadStatus.QUALIFIED);
          if (accepted) {
            model.put(id, LeadStatus.CONVERTED);
          }
        }
      }
      Set<OpportunityId> opened = new HashSet<>();
      crm.opportunities().forEach(o -> opened.add(o.id()));
      for (LeadView view : crm.leads()) {
        assertThat(view.status()).isEqualTo(model.get(view.id().value()));
        boolean converted = view.status() == LeadStatus.CONVERTED;
        assertThat(view.customer() != null && view.opportunity() != null).isEqualTo(converted);
        if (converted) {
          assertThat(crm.hasCustomer(view.customer())).isTrue();
          assertThat(opened).contains(view.opportunity());
        }
      }
      long convertedLeads = crm.leads().stream().filter(l -> l.status() == LeadStatus.CONVERTED).count();
      assertThat(crm.opportunities()).hasSize((int) convertedLeads);
    }
  }

  @Test
  void shipmentRevenueSharesAlwaysAddUpToTheLine() {
    qt().withExamples(200)
        .forAll(integers().between(1, 500), integers().between(1, 99_999), lists().of(integers().between(1, 50)).ofSizeBetween(1, 30))
        .checkAssert((ordered, priceCents, parts) -> {
          CrmKit kit = new CrmKit().product("P-1").customer("C-1");
          SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", String.valueOf(ordered),
              BigDecimal.valueOf(priceCents, 2).toPlainString());
          int left = ordered;
          for (int part : parts) {
            int q = Math.min(part, left);
            if (q == 0) {
              break;
            }
            kit.ship(order, "C-1", "P-1", String.valueOf(q));
            left -= q;
          }
          if (left > 0) {
            kit.ship(order, "C-1", "P-1", String.valueOf(left));
          }
          LineAmounts whole = LineAmounts.of(io.bizloop.core.Quantity.of(ordered),
              Money.of(BigDecimal.valueOf(priceCents, 2), CrmKit.CNY), io.bizloop.core.VatRate.STANDARD_CN, false);
          LineAmounts sum = kit.events(RevenueRecognised.class).stream().map(RevenueRecognised::amounts)
              .reduce(LineAmounts.zero(CrmKit.CNY), LineAmounts::plus);
          assertThat(sum).isEqualTo(whole);
        });
  }
}
