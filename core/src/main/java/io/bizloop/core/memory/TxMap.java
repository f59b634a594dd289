package io.bizloop.core.memory;

import java.util.Collection;
import java.util.List;
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

  /**
   * An empty map bound to {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work whose rollback undoes a write
   * @throws NullPointerException when {@code unitOfWork} is null
   */
  public TxMap(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * The value stored under {@code key}.
   *
   * @param key the key
   * @return the value, or empty when there is none
   */
  public Optional<V> get(K key) {
    return Optional.ofNullable(unitOfWork.read(() -> values.get(key)));
  }

  /**
   * Whether a value is stored under {@code key}.
   *
   * @param key the key
   * @return true when there is one
   */
  public boolean containsKey(K key) {
    return unitOfWork.read(() -> values.containsKey(key));
  }

  /**
   * Stores {@code value} under {@code key}; a rollback of the current unit of work restores what
   * was there before.
   *
   * @param key the key
   * @param value the value, immutable
   * @throws NullPointerException when {@code value} is null
   */
  public void put(K key, V value) {
    Objects.requireNonNull(value, "value");
    unitOfWork.write(() -> registerUndo(key, values.put(key, value), value));
  }

  /**
   * Stores {@code value} only when {@code accept(current, value)} holds for the current value
   * ({@code null} when absent), atomically: the optimistic-locking save of a repository. A
   * rollback of the current unit of work restores what was there before.
   *
   * @param key the key
   * @param value the value, immutable
   * @param accept decides from the current value (or {@code null}) and {@code value} whether to
   *     store
   * @return whether it was stored
   * @throws NullPointerException when {@code value} is null
   */
  public boolean putIf(K key, V value, BiPredicate<V, V> accept) {
    Objects.requireNonNull(value, "value");
    Object[] previous = new Object[1];
    boolean[] stored = new boolean[1];
    unitOfWork.write(() -> values.compute(
        key,
        (k, current) -> {
          if (!accept.test(current, value)) {
            return current;
          }
          previous[0] = current;
          stored[0] = true;
          return value;
        }));
    if (stored[0]) {
      @SuppressWarnings("unchecked")
      V old = (V) previous[0];
      registerUndo(key, old, value);
    }
    return stored[0];
  }

  /**
   * The values as they are after the units of work that ended, in no defined order.
   *
   * @return an unmodifiable copy
   */
  public Collection<V> values() {
    return unitOfWork.read(() -> List.copyOf(values.values()));
  }

  /**
   * How many keys hold a value.
   *
   * @return the number of entries
   */
  public int size() {
    return unitOfWork.read(values::size);
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
