package io.bizloop.examples.replay;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Turns a step's {@code do} into a call of the library. */
public interface ScenarioSteps {

  /** One kind of step: reads its fields and runs the command. */
  @FunctionalInterface
  interface Step {
    Outcome<?> run(StepFields fields, LocalDate on);
  }

  /** The steps by their {@code do}. */
  Map<String, Step> steps();

  /**
   * Runs {@code step} once per idempotency {@code key}, the key kept with what the step changed
   * (in the database too, so a second replay into the same database skips the keyed steps).
   *
   * @return the step's outcome, or empty when the key was seen before
   */
  Optional<Outcome<?>> once(String key, Supplier<Outcome<?>> step);

  /** Runs the step named {@code kind}; an unknown kind is {@code UNKNOWN_STEP}. */
  default Outcome<?> run(String kind, StepFields fields, LocalDate on) {
    Step step = steps().get(kind);
    if (step == null) {
      return Outcome.rejected(RejectionCode.UNKNOWN_STEP, "unknown step '" + kind + "'");
    }
    return step.run(fields, on);
  }
}
