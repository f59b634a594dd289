package io.bizloop.crm.memory;

import static io.bizloop.crm.memory.LookupWorld.DAY;
import static io.bizloop.crm.memory.LookupWorld.customer;
import static io.bizloop.crm.memory.LookupWorld.lead;
import static io.bizloop.crm.memory.LookupWorld.renamed;
import static io.bizloop.crm.memory.LookupWorld.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.TicketId;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.domain.ServiceTicket;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryLookupsTest {

  private final LookupWorld world = new LookupWorld();

  private static List<String> leadIds(List<Lead> leads) {
    return leads.stream().map(lead -> lead.id().value()).toList();
  }

  private static List<String> customerIds(List<Customer> customers) {
    return customers.stream().map(customer -> customer.id().value()).toList();
  }

  private static List<String> ticketIds(List<ServiceTicket> tickets) {
    return tickets.stream().map(ticket -> ticket.id().value()).toList();
  }

  private void rolledBack(Runnable work) {
    world.uow.execute(
        () -> {
          work.run();
          return Outcome.rejected(RejectionCode.INVALID_STATE, "rolled back on purpose");
        });
  }

  @Test
  void resemblingFindsLeadsBySamePhoneEmailOrCompanyInFirstSaveOrder() {
    // given
    world.leads.save(lead("L-1", "+86 21 1234", null, "Acme"));
    world.leads.save(lead("L-2", null, "sales@beta.cn", null));
    world.leads.save(lead("L-3", "  ", "", " ACME "));
    world.leads.save(lead("L-4", "+86 21 9999", "SALES@BETA.CN ", "Gamma"));
    Lead qualified = world.leads.find(LeadId.of("L-1")).orElseThrow();
    qualified.qualify();
    world.leads.save(qualified); // a later save keeps the first-save place

    // when
    List<Lead> byCompany = world.leads.resembling(null, null, "acme");
    List<Lead> byEmail = world.leads.resembling(null, " sales@Beta.cn", null);
    List<Lead> byAny = world.leads.resembling("+86 21 9999", "nobody@x.cn", "ACME\t");
    List<Lead> byPhone = world.leads.resembling(" +86 21 1234 ", null, null);

    // then
    assertThat(leadIds(byCompany)).containsExactly("L-1", "L-3");
    assertThat(leadIds(byEmail)).containsExactly("L-2", "L-4");
    assertThat(leadIds(byAny)).containsExactly("L-1", "L-3", "L-4");
    assertThat(leadIds(byPhone)).containsExactly("L-1");
    assertThat(byPhone.get(0).version()).isEqualTo(2);
    assertThat(leadIds(world.leads.resembling(null, null, "acme")))
        .isEqualTo(leadIds(world.leadsByDefault.resembling(null, null, "acme")));
  }

  @Test
  void blankOrMissingContactDataResemblesNothing() {
    // given
    world.leads.save(lead("L-1", "", "  ", null));
    world.leads.save(lead("L-2", null, null, "\t"));

    // when
    List<Lead> blanks = world.leads.resembling("", "  ", "\t");
    List<Lead> nulls = world.leads.resembling(null, null, null);

    // then
    assertThat(blanks).isEmpty();
    assertThat(nulls).isEmpty();
    assertThat(world.leadsByDefault.resembling("", "  ", "\t")).isEmpty();
  }

  @Test
  void aLeadSavedInARolledBackUnitResemblesNothingAndKeepsNoPlace() {
    // given
    world.leads.save(lead("L-1", null, null, "Acme"));
    rolledBack(() -> world.leads.save(lead("L-2", null, null, "acme")));
    world.leads.save(lead("L-3", null, null, "ACME"));
    world.leads.save(lead("L-2", null, null, "Acme "));

    // when
    List<Lead> found = world.leads.resembling(null, null, "Acme");

    // then: L-2's first save that counts is its second one
    assertThat(leadIds(found)).containsExactly("L-1", "L-3", "L-2");
    assertThat(leadIds(world.leads.all())).containsExactly("L-1", "L-3", "L-2");
  }

  @Test
  void namedFindsCustomersByTrimmedCaseInsensitiveNameInFirstSaveOrder() {
    // given
    world.customers.save(customer("C-1", "Acme"));
    world.customers.save(customer("C-2", "Beta Ltd"));
    world.customers.save(customer("C-3", " acme "));
    world.customers.save(customer("C-4", ""));

    // when
    List<Customer> acme = world.customers.named("ACME");
    List<Customer> beta = world.customers.named("beta ltd\t");

    // then
    assertThat(customerIds(acme)).containsExactly("C-1", "C-3");
    assertThat(customerIds(beta)).containsExactly("C-2");
    assertThat(world.customers.named(null)).isEmpty();
    assertThat(world.customers.named("")).isEmpty();
    assertThat(world.customers.named("   ")).isEmpty();
    assertThat(world.customers.named("Gamma")).isEmpty();
  }

  @Test
  void aRenamedCustomerIsFoundUnderItsNewNameOnly() {
    // given
    world.customers.save(customer("C-1", "Acme"));
    world.customers.save(customer("C-2", "Acme"));
    Customer first = world.customers.find(CustomerId.of("C-1")).orElseThrow();

    // when
    world.customers.save(renamed(first, "Beta"));

    // then
    assertThat(customerIds(world.customers.named("acme"))).containsExactly("C-2");
    assertThat(customerIds(world.customers.named("BETA"))).containsExactly("C-1");
    assertThat(world.customers.named("beta").get(0).name()).isEqualTo("Beta");
  }

  @Test
  void aRolledBackRenameLeavesTheCustomerUnderItsOldName() {
    // given
    world.customers.save(customer("C-1", "Acme"));
    Customer stored = world.customers.find(CustomerId.of("C-1")).orElseThrow();

    // when
    rolledBack(() -> world.customers.save(renamed(stored, "Beta")));

    // then
    assertThat(customerIds(world.customers.named("Acme"))).containsExactly("C-1");
    assertThat(world.customers.named("Beta")).isEmpty();
    assertThat(world.customers.named("Acme").get(0).version()).isEqualTo(1);
  }

  @Test
  void openListsTheOpenTicketsInFirstSaveOrder() {
    // given
    world.tickets.save(ticket("T-1", "C-1"));
    world.tickets.save(ticket("T-2", "C-1"));
    world.tickets.save(ticket("T-3", "C-2"));
    ServiceTicket second = world.tickets.find(TicketId.of("T-2")).orElseThrow();
    second.resolve(DAY);
    world.tickets.save(second);
    ServiceTicket first = world.tickets.find(TicketId.of("T-1")).orElseThrow();
    first.assignTo(AgentId.of("A-1"));
    world.tickets.save(first);

    // when
    List<ServiceTicket> open = world.tickets.open();

    // then: an assigned ticket stays open, a resolved one leaves
    assertThat(ticketIds(open)).containsExactly("T-1", "T-3");
    assertThat(open.get(0).assignee()).contains(AgentId.of("A-1"));
    assertThat(ticketIds(world.ticketsByDefault.open())).containsExactly("T-1", "T-3");
  }

  @Test
  void aRolledBackResolveOrOpenLeavesTheOpenTicketsAsTheyWere() {
    // given
    world.tickets.save(ticket("T-1", "C-1"));
    ServiceTicket stored = world.tickets.find(TicketId.of("T-1")).orElseThrow();

    // when
    rolledBack(
        () -> {
          stored.resolve(DAY);
          world.tickets.save(stored);
          world.tickets.save(ticket("T-2", "C-1"));
          assertThat(ticketIds(world.tickets.open())).containsExactly("T-2");
        });

    // then
    assertThat(ticketIds(world.tickets.open())).containsExactly("T-1");
    assertThat(world.tickets.open().get(0).version()).isEqualTo(1);
  }
}
