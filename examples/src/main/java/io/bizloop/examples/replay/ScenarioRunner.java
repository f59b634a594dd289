package io.bizloop.examples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs the steps of a scenario one by one through the library, the way scenario-format.md
 * says: the business date of each step, idempotency keys, and a rejection per refused step
 * (which changed nothing: each step runs in one unit of work).
 */
public final class ScenarioRunner {

  /**
   * A refused step.
   *
   * @param step its number, from 1
   * @param kind its {@code do}, or null when missing
   * @param rejection why
   */
  public record RejectedStep(int step, String kind, Rejection rejection) {}

  private final ScenarioSteps steps;
  private final List<RejectedStep> rejections = new ArrayList<>();
  /** The ids the steps name, one instance each for the whole replay (see {@link StepFields.Interned}). */
  private final StepFields.Interned interned = new StepFields.Interned();
  private int ignoredDuplicates;
  private int stepsRun;
  private LocalDate date;

  public ScenarioRunner(ScenarioSteps steps, LocalDate startDate) {
    this.steps = steps;
    this.date = startDate;
  }

  /** Runs every step; {@code afterEachStep} is called after each one (tests check invariants there). */
  public void runAll(JsonNode stepList, Consumer<Integer> afterEachStep) {
    for (int i = 0; i < stepList.size(); i++) {
      run(i + 1, stepList.get(i));
      afterEachStep.accept(i + 1);
    }
  }

  /** Runs one step. */
  public void run(int number, JsonNode step) {
    stepsRun++;
    if (step == null || !step.isObject()) {
      reject(number, null, Rejection.of(RejectionCode.INVALID_INPUT, "a step must be an object"));
      return;
    }
    StepFields fields = new StepFields(step, "", interned);
    InvalidStep badDate = null;
    try {
      LocalDate on = fields.optionalDate("on");
      if (on != null) {
        date = on;
      }
    } catch (InvalidStep e) {
      badDate = e;
    }
    String key;
    try {
      key = fields.optionalText("key");
    } catch (InvalidStep e) {
      reject(number, step.path("do").asText(null), e.rejection());
      return;
    }
    String[] kindGiven = new String[1];
    LocalDate on = date;
    InvalidStep dateRefused = badDate;
    java.util.function.Supplier<Outcome<?>> run = () -> {
      try {
        String kind = fields.optionalText("do");
        kindGiven[0] = kind;
        if (dateRefused != null) {
          throw dateRefused;
        }
        if (kind == null) {
          throw InvalidStep.input("do is missing");
        }
        return steps.run(kind, fields, on);
      } catch (InvalidStep e) {
        return Outcome.rejected(e.rejection());
      }
    };
    Outcome<?> outcome;
    if (key == null) {
      outcome = run.get();
    } else {
      java.util.Optional<Outcome<?>> first = steps.once(key, run);
      if (first.isEmpty()) {
        ignoredDuplicates++;
        return;
      }
      outcome = first.get();
    }
    if (outcome.isRejected()) {
      reject(number, kindGiven[0], outcome.rejection());
    }
  }

  /** The business date of the last step run (the default for the next). */
  public LocalDate date() {
    return date;
  }

  public List<RejectedStep> rejections() {
    return List.copyOf(rejections);
  }

  /** How many steps were run (duplicates and refused ones included). */
  public int steps() {
    return stepsRun;
  }

  public int ignoredDuplicates() {
    return ignoredDuplicates;
  }

  private void reject(int number, String kind, Rejection rejection) {
    rejections.add(new RejectedStep(number, kind, rejection));
  }
}
