package io.bizloop.examples.replay;

/** The input is not a scenario (bad JSON, no steps, an unusable company): the replay cannot start. */
public final class NotAScenario extends Exception {

  NotAScenario(String message) {
    super(message, null, false, false);
  }
}
