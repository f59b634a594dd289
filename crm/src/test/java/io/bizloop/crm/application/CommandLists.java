package io.bizloop.crm.application;

import io.bizloop.core.testing.Minimiser;
import java.util.List;
import java.util.function.Consumer;

/** Runs a model-based check over a command list; a failure is reported with the shortest failing list (core's Minimiser). */
final class CommandLists {

  private CommandLists() {}

  static <T> void check(List<T> commands, Consumer<List<T>> check) {
    try {
      check.accept(commands);
    } catch (AssertionError | RuntimeException e) {
      List<T> shortest = Minimiser.minimise(commands, list -> {
        try {
          check.accept(list);
          return false;
        } catch (AssertionError | RuntimeException again) {
          return true;
        }
      });
      throw new AssertionError("shortest failing sequence " + shortest + ": " + e.getMessage(), e);
    }
  }
}
