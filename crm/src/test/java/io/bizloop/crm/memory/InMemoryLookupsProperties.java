package io.bizloop.crm.memory;

import static io.bizloop.crm.memory.LookupWorld.customerStates;
import static io.bizloop.crm.memory.LookupWorld.leadStates;
import static io.bizloop.crm.memory.LookupWorld.ticketStates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.TicketId;
import io.bizloop.core.testing.Minimiser;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.domain.ServiceTicket;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The indexed lookups of the in-memory leads, customers and tickets answer exactly what the
 * ports' default methods answer by walking {@code all()}, in the same (first-save) order, over
 * random saves made outside units of work, in accepted ones, in rolled-back ones and in
 * savepoints of rolled-back ones. Each command is decoded from one random int; a failure is
 * reported with the shortest failing list core's Minimiser reaches (QuickTheories' own shrinking
 * is off: it would run the Minimiser once per shrink candidate).
 */
class InMemoryLookupsProperties {

  /** A small pool of contact texts: equal up to case and surrounding blanks, and missing or blank ones. */
  private static final List<String> POOL =
      Arrays.asList(
          null, "", "   ", "\t", "Acme", "acme", " ACME ", "Acme\t", "Beta Ltd", "beta ltd ", "BETA LTD", "Gamma",
          "+86 21 1234", " +86 21 1234", "a@b.cn", "A@B.CN ");

  private static final Gen<List<Integer>> COMMANDS =
      lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40);

  private static String pool(int n) {
    return POOL.get(Math.floorMod(n, POOL.size()));
  }

  @Test
  void resemblingNamedAndOpenAnswerWhatTheDefaultMethodsAnswer() {
    qt().withExamples(200).withShrinkCycles(0).forAll(COMMANDS).checkAssert(commands -> check(commands, InMemoryLookupsProperties::run));
  }

  @Test
  void theLookupsAgreeOnAStoreWithManyCommandsOnFewIds() {
    qt().withExamples(20)
        .withShrinkCycles(0)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(60, 120))
        .checkAssert(commands -> check(commands, InMemoryLookupsProperties::run));
  }

  private static void check(List<Integer> commands, Consumer<List<Integer>> run) {
    try {
      run.accept(commands);
    } catch (AssertionError | RuntimeException e) {
      List<Integer> shortest =
          Minimiser.minimise(
              commands,
              list -> {
                try {
                  run.accept(list);
                  return false;
                } catch (AssertionError | RuntimeException again) {
                  return true;
                }
              });
      throw new AssertionError("shortest failing sequence " + shortest + ": " + e.getMessage(), e);
    }
  }

  private static void run(List<Integer> commands) {
    LookupWorld world = new LookupWorld();
    for (int cmd : commands) {
      int mode = cmd % 4;
      int rest = cmd / 4;
      Runnable step = () -> apply(world, rest);
      switch (mode) {
        case 0 -> step.run();
        case 1 -> inUnit(world, rest, step, Outcome::done);
        case 2 -> inUnit(world, rest, step, () -> Outcome.rejected(RejectionCode.INVALID_STATE, "rolled back"));
        default -> inUnit( // an accepted savepoint inside a rolled-back unit: undone too
            world,
            rest,
            () -> inUnit(world, rest, step, Outcome::done),
            () -> Outcome.rejected(RejectionCode.INVALID_STATE, "outer rolled back"));
      }
      agree(world, rest);
    }
  }

  /** Runs {@code step} in a unit of work that {@code end} decides, the lookups checked inside it too. */
  private static void inUnit(LookupWorld world, int seed, Runnable step, Supplier<Outcome<Void>> end) {
    world.uow.execute(
        () -> {
          step.run();
          agree(world, seed);
          return end.get();
        });
  }

  /** One save (or a refused stale save) decoded from {@code n}. */
  private static void apply(LookupWorld world, int n) {
    int kind = n % 7;
    int id = (n / 7) % 6;
    int a = n / 42;
    int b = a / 17;
    int c = b / 17;
    switch (kind) {
      case 0 -> {
        LeadId lead = LeadId.of("L-" + id);
        if (!world.leads.exists(lead)) {
          world.leads.save(LookupWorld.lead("L-" + id, pool(a), pool(b), pool(c)));
        }
      }
      case 1 -> world.leads.find(LeadId.of("L-" + id)).ifPresent(lead -> {
        Outcome<Void> moved = a % 2 == 0 ? lead.qualify() : lead.disqualify("not now");
        if (moved.isAccepted()) {
          world.leads.save(lead);
        }
      });
      case 2 -> {
        if (!world.customers.exists(CustomerId.of("C-" + id))) {
          world.customers.save(LookupWorld.customer("C-" + id, nameOf(pool(a))));
        }
      }
      case 3 -> world.customers.find(CustomerId.of("C-" + id))
          .ifPresent(customer -> world.customers.save(LookupWorld.renamed(customer, nameOf(pool(a)))));
      case 4 -> {
        if (!world.tickets.exists(TicketId.of("T-" + id))) {
          world.tickets.save(LookupWorld.ticket("T-" + id, "C-" + (a % 6)));
        }
      }
      case 5 -> world.tickets.find(TicketId.of("T-" + id)).ifPresent(ticket -> {
        Outcome<Void> changed =
            a % 3 == 0 ? ticket.resolve(LookupWorld.DAY) : ticket.assignTo(AgentId.of("A-" + (a % 4)));
        if (changed.isAccepted()) {
          world.tickets.save(ticket);
        }
      });
      default -> { // a save of a fresh aggregate: stored when the id is new, else refused as stale
        boolean leadExisted = world.leads.exists(LeadId.of("L-" + id));
        boolean customerExisted = world.customers.exists(CustomerId.of("C-" + id));
        boolean ticketExisted = world.tickets.exists(TicketId.of("T-" + id));
        ServiceTicket resolved = LookupWorld.ticket("T-" + id, "C-0");
        resolved.resolve(LookupWorld.DAY);
        assertThat(world.leads.save(LookupWorld.lead("L-" + id, pool(a), pool(b), pool(c))).isAccepted())
            .isEqualTo(!leadExisted);
        assertThat(world.customers.save(LookupWorld.customer("C-" + id, nameOf(pool(a)))).isAccepted())
            .isEqualTo(!customerExisted);
        assertThat(world.tickets.save(resolved).isAccepted()).isEqualTo(!ticketExisted);
      }
    }
  }

  /** A customer's name is required: a missing one becomes the empty (blank) name. */
  private static String nameOf(String text) {
    return text == null ? "" : text;
  }

  /** Every lookup answers the same as the default method, in the same order. */
  private static void agree(LookupWorld world, int seed) {
    for (int i = 0; i < POOL.size(); i++) {
      String v = POOL.get(i);
      assertResembling(world, v, null, null);
      assertResembling(world, null, v, null);
      assertResembling(world, null, null, v);
      assertResembling(world, v, v, v);
      assertResembling(world, pool(seed + i), pool(seed / 3 + 2 * i), v);
      assertThat(customerStates(world.customers.named(v)))
          .as("named(%s)", show(v))
          .isEqualTo(customerStates(world.customersByDefault.named(v)));
    }
    assertThat(ticketStates(world.tickets.open())).as("open()").isEqualTo(ticketStates(world.ticketsByDefault.open()));
  }

  private static void assertResembling(LookupWorld world, String phone, String email, String company) {
    List<Lead> indexed = world.leads.resembling(phone, email, company);
    List<Lead> walked = world.leadsByDefault.resembling(phone, email, company);
    assertThat(leadStates(indexed))
        .as("resembling(%s, %s, %s)", show(phone), show(email), show(company))
        .isEqualTo(leadStates(walked));
  }

  private static String show(String text) {
    return text == null ? "null" : "\"" + text + "\"";
  }
}
