package io.bizloop.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bizloop.core.Outcome;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.loop.Bizloop;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A command and the handlers of the events it raised are one unit of work, and every handler
 * is idempotent by event id: a failure at any delivery keeps nothing of the step, and an event
 * delivered twice has one effect.
 */
class ExactlyOnceTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"01-order-to-cash.json", "02-shortage-backorder.json", "05-revenue-at-confirmation.json",
      "06-revenue-at-invoice.json", "07-returns-moving-average.json", "10-counts-and-transfers.json"})
  void aFailureAtAnyDeliveryKeepsNothingOfTheStepAndARetryEndsWhereAnUndisturbedRunEnds(String name) throws Exception {
    // given
    Scenario scenario = scenario(name);
    Loop reference = new Loop(scenario);
    AtomicInteger deliveries = new AtomicInteger();
    reference.bizloop.events().subscribe("counter", BusinessEvent.class, e -> {
      deliveries.incrementAndGet();
      return Outcome.done();
    });
    reference.runAll();
    JsonNode expected = reference.report();

    for (int failAt = 1; failAt <= deliveries.get(); failAt++) {
      Loop loop = new Loop(scenario);
      AtomicInteger countdown = new AtomicInteger(failAt);
      loop.bizloop.events().subscribe("saboteur", BusinessEvent.class, e -> {
        if (countdown.decrementAndGet() == 0) {
          throw new IllegalStateException("the host's port failed on purpose");
        }
        return Outcome.done();
      });

      // when
      int failures = 0;
      for (int step = 1; step <= scenario.steps().size(); step++) {
        JsonNode before = loop.report();
        try {
          loop.run(step);
        } catch (IllegalStateException expectedFailure) {
          failures++;
          // then: nothing of the failed step was kept, and running it again succeeds
          assertThat(loop.report()).as("state after a failure at delivery %d of step %d", failAt, step).isEqualTo(before);
          loop.run(step);
        }
      }

      // then
      assertThat(failures).as("delivery %d failed once", failAt).isEqualTo(1);
      assertThat(loop.report()).as("final state after a failure at delivery %d", failAt).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"01-order-to-cash.json", "04-fifo-costing.json", "05-revenue-at-confirmation.json",
      "07-returns-moving-average.json", "11-supplier-side.json"})
  void everyEventDeliveredTwiceHasOneEffect(String name) throws Exception {
    // given
    Scenario scenario = scenario(name);
    Loop reference = new Loop(scenario);
    reference.runAll();
    Loop twice = new Loop(scenario);
    twice.bizloop.events().subscribe("redeliverer", BusinessEvent.class, e -> twice.bizloop.publisher().publish(e));

    // when
    twice.runAll();

    // then
    assertThat(twice.report()).isEqualTo(reference.report());
  }

  private static Scenario scenario(String name) throws Exception {
    return ScenarioFiles.scenario(name);
  }

  /** A scenario's loop, stepped by hand. */
  private static final class Loop {
    final Scenario scenario;
    final Bizloop bizloop;
    final ScenarioRunner runner;

    Loop(Scenario scenario) {
      this.scenario = scenario;
      this.bizloop = Bizloop.inMemory(scenario.company().settings());
      this.runner = scenario.runnerOver(bizloop);
    }

    void run(int step) {
      runner.run(step, scenario.steps().get(step - 1));
    }

    void runAll() {
      for (int step = 1; step <= scenario.steps().size(); step++) {
        run(step);
      }
    }

    JsonNode report() {
      return Report.of(bizloop, runner).json().deepCopy();
    }
  }
}
