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

  // fixed arities, not varargs: an event is made per step of a flow, and an array per event was
  // one of the allocations the compiler kept

  static void require(Object a, Object b) {
    Objects.requireNonNull(a);
    Objects.requireNonNull(b);
  }

  static void require(Object a, Object b, Object c) {
    require(a, b);
    Objects.requireNonNull(c);
  }

  static void require(Object a, Object b, Object c, Object d) {
    require(a, b, c);
    Objects.requireNonNull(d);
  }

  static void require(Object a, Object b, Object c, Object d, Object e) {
    require(a, b, c, d);
    Objects.requireNonNull(e);
  }

  static void require(Object a, Object b, Object c, Object d, Object e, Object f) {
    require(a, b, c, d, e);
    Objects.requireNonNull(f);
  }

  static void require(Object a, Object b, Object c, Object d, Object e, Object f, Object g) {
    require(a, b, c, d, e, f);
    Objects.requireNonNull(g);
  }
}
