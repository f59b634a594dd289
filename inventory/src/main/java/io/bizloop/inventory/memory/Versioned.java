package io.bizloop.inventory.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.memory.TxMap;
import java.util.function.ToLongFunction;

/** The optimistic-locking save shared by the in-memory repositories. */
final class Versioned {

  private Versioned() {}

  /** Stores {@code next} (a snapshot already at version + 1) when the stored version is still its − 1 (absent for 1); else CONFLICT. */
  static <K, S> Outcome<Void> saveNext(TxMap<K, S> map, K key, S next, ToLongFunction<S> version) {
    return map.putNextVersion(key, next, version) ? Outcome.done() : conflict(key);
  }

  /** Stores {@code value} only when {@code key} is absent (reference data never changes); else CONFLICT. */
  static <K, V> Outcome<Void> insert(TxMap<K, V> map, K key, V value) {
    return map.replace(key, null, value) ? Outcome.done() : conflict(key);
  }

  private static Outcome<Void> conflict(Object key) {
    return Outcome.rejected(RejectionCode.CONFLICT, key + " was changed by someone else");
  }
}
