package io.bizloop.crm.archfixture.port;

import java.util.Optional;

/** A well-behaved port: an interface with a nested value type. */
public interface Accounts {
  Optional<Found> find(String id);

  /** The answer. */
  record Found(String id, long balance) {}

  /** Nested classes in a port are allowed. */
  final class Defaults {
    private Defaults() {}
  }
}
