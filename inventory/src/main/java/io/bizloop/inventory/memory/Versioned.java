package io.bizloop.inventory.memory;

import io.bizloop.core.memory.TxMap;
import java.util.ConcurrentModificationException;
import java.util.function.ToLongFunction;

/** The optimistic-locking save shared by the in-memory repositories. */
final class Versioned {

  private Versioned() {}

  static <K, S> void save(TxMap<K, S> map, K key, S snapshot, S next, ToLongFunction<S> version) {
    long expected = version.applyAsLong(snapshot);
    boolean stored =
        map.putIf(
            key, next, (current, value) -> current == null ? expected == 0 : version.applyAsLong(current) == expected);
    if (!stored) {
      throw new ConcurrentModificationException(key + " was changed by someone else (version " + expected + ")");
    }
  }
}
