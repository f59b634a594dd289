package io.bizloop.core.memory;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;

/**
 * A thread-safe map whose writes are undone when the {@link InMemoryUnitOfWork} they were made
 * in is rolled back. Values should be immutable (snapshots), so that the undo restores exactly
 * what was there. Iteration order is not defined.
 *
 * @param <K> key
 * @param <V> immutable value
 */
public final class TxMap<K, V> {

  private final InMemoryUnitOfWork unitOfWork;
  private final Map<K, V> values = new ConcurrentHashMap<>();

  public TxMap(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  public Optional<V> get(K key) {
    return Optional.ofNullable(values.get(key));
  }

  public boolean containsKey(K key) {
    return values.containsKey(key);
  }

  /** Stores {@code value} under {@code key}. */
  public void put(K key, V value) {
    Objects.requireNonNull(value, "value");
    V old = values.put(key, value);
    registerUndo(key, old, value);
  }

  /**
   * Stores {@code value} only when {@code accept(current, value)} holds for the current value
   * ({@code null} when absent), atomically: the optimistic-locking save of a repository.
   *
   * @return whether it was stored
   */
  public boolean putIf(K key, V value, BiPredicate<V, V> accept) {
    Objects.requireNonNull(value, "value");
    Object[] previous = new Object[1];
    boolean[] stored = new boolean[1];
    values.compute(
        key,
        (k, current) -> {
          if (!accept.test(current, value)) {
            return current;
          }
          previous[0] = current;
          stored[0] = true;
          return value;
        });
    if (stored[0]) {
      @SuppressWarnings("unchecked")
      V old = (V) previous[0];
      registerUndo(key, old, value);
    }
    return stored[0];
  }

  /** A read-only view of the values. */
  public Collection<V> values() {
    return Collections.unmodifiableCollection(values.values());
  }

  public int size() {
    return values.size();
  }

  private void registerUndo(K key, V old, V written) {
    unitOfWork.onRollback(
        () -> {
          if (old == null) {
            values.remove(key, written);
          } else {
            values.replace(key, written, old);
          }
        });
  }
}
