package io.bizloop.core;

import java.util.List;

/** Immutable values shared instead of made anew on hot paths. */
final class Shared {

  /** The accepted outcome with no value and no events. */
  static final Outcome<Void> DONE = new Outcome.Accepted<>(null, List.of());

  private Shared() {}
}
