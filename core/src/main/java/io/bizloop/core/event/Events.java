package io.bizloop.core.event;

import java.util.List;
import java.util.Objects;

/** Checks shared by the event records. */
final class Events {

  private Events() {}

  static <T> List<T> lines(List<T> lines) {
    Objects.requireNonNull(lines, "lines");
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one line");
    }
    return List.copyOf(lines);
  }

  static void require(Object... values) {
    for (Object value : values) {
      Objects.requireNonNull(value);
    }
  }
}
