package io.bizloop.core.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Shortens a failing sequence of commands by dropping one command at a time while it still
 * fails, because QuickTheories shrinks the values inside a generated list but not its length.
 *
 * <p>The result is 1-minimal: it still fails, and dropping any single command of it makes it
 * pass. It is the shortest failing list this greedy search reaches, not necessarily the
 * shortest one that exists: when a failure needs the state to be exactly right (a balance of
 * exactly 3, say), every single drop may change that state and the result can stay longer than
 * a different, shorter failing sequence. {@code stillFails} must be deterministic: each call
 * has to run the commands against fresh state.
 */
public final class Minimiser {

  private Minimiser() {}

  /**
   * Returns the shortest sub-sequence of {@code failing} (order kept) that dropping one command
   * at a time reaches while {@code stillFails} holds.
   *
   * @throws IllegalArgumentException when {@code failing} does not fail to begin with
   */
  public static <C> List<C> minimise(List<C> failing, Predicate<? super List<C>> stillFails) {
    Objects.requireNonNull(failing, "failing");
    Objects.requireNonNull(stillFails, "stillFails");
    List<C> current = Collections.unmodifiableList(new ArrayList<>(failing));
    if (!stillFails.test(current)) {
      throw new IllegalArgumentException("the sequence to minimise does not fail: " + current);
    }
    boolean dropped = true;
    while (dropped) {
      dropped = false;
      int i = 0;
      while (i < current.size()) {
        List<C> candidate = without(current, i);
        if (stillFails.test(candidate)) {
          current = candidate;
          dropped = true;
        } else {
          i++;
        }
      }
    }
    return current;
  }

  private static <C> List<C> without(List<C> list, int index) {
    List<C> shorter = new ArrayList<>(list.size() - 1);
    shorter.addAll(list.subList(0, index));
    shorter.addAll(list.subList(index + 1, list.size()));
    return Collections.unmodifiableList(shorter);
  }
}
