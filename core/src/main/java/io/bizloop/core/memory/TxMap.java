package io.bizloop.core.memory;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.ToLongFunction;

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
  /**
   * Guarded by the unit of work's lock: written under its write lock, read under either. Open
   * addressing: no entry object per key for the collector to copy as the map grows.
   */
  private final OpenTable<K, V> values = new OpenTable<>();

  /** Counts the changes (writes, removals and undone writes); only changed under the unit's lock. */
  private long changes;

  /** How the unit of work undoes a change of this map (one instance: a change allocates no undo). */
  private final InMemoryUnitOfWork.Undo undo = this::undoChange;

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
    return Optional.ofNullable(getOrNull(key));
  }

  /**
   * The value stored under {@code key}, without an {@code Optional} (for hot paths).
   *
   * @param key the key
   * @return the value, or null when there is none
   */
  public V getOrNull(K key) {
    Objects.requireNonNull(key, "key");
    if (unitOfWork.owned()) {
      return values.get(key);
    }
    unitOfWork.beginRead();
    try {
      return values.get(key);
    } finally {
      unitOfWork.endRead();
    }
  }

  /**
   * Whether a value is stored under {@code key}.
   *
   * @param key the key
   * @return true when there is one
   */
  public boolean containsKey(K key) {
    return getOrNull(key) != null;
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
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    boolean owned = beginChange();
    try {
      changed(key, values.put(key, value), owned);
    } finally {
      endChange(owned);
    }
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
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    boolean owned = beginChange();
    try {
      V current = values.get(key);
      if (!accept.test(current, value)) {
        return false;
      }
      values.put(key, value);
      return changed(key, current, owned);
    } finally {
      endChange(owned);
    }
  }

  /**
   * Stores {@code next} under {@code key} only while the stored value is {@code expected} (the
   * very instance read before; null for an absent key): a compare-and-set without a predicate
   * object, atomic also outside a unit of work. A rollback of the current unit puts
   * {@code expected} back.
   *
   * @param key the key
   * @param expected the value read before, or null for none
   * @param next the value to store
   * @return true when stored; false when another value is stored now
   * @throws NullPointerException when {@code key} or {@code next} is null
   */
  public boolean replace(K key, V expected, V next) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(next, "value");
    boolean owned = beginChange();
    try {
      V current = values.put(key, next); // one lookup when it holds (nearly always); put back when not
      return current == expected ? changed(key, current, owned) : putBack(key, current);
    } finally {
      endChange(owned);
    }
  }

  /**
   * Stores {@code next} only when it is the next version of what is stored (optimistic locking):
   * the stored value's version is {@code next}'s − 1, or nothing is stored and {@code next} is
   * version 1. One conditional change, atomic also outside a unit of work.
   *
   * @param key the key
   * @param next the value to store, its version already one above the one it was read at
   * @param version reads a value's version
   * @return whether it was stored
   */
  public boolean putNextVersion(K key, V next, ToLongFunction<? super V> version) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(next, "value");
    long expected = version.applyAsLong(next) - 1;
    boolean owned = beginChange();
    try {
      V current = values.put(key, next); // as in replace: put back when the stored version is not the one before
      return (current == null ? expected == 0 : version.applyAsLong(current) == expected)
          ? changed(key, current, owned)
          : putBack(key, current);
    } finally {
      endChange(owned);
    }
  }

  /** Takes the write lock for a conditional change from outside a unit; returns whether the caller's unit owns it already. */
  private boolean beginChange() {
    boolean owned = unitOfWork.owned();
    if (!owned) {
      unitOfWork.beginWrite();
    }
    return owned;
  }

  /** Releases what {@link #beginChange()} took. */
  private void endChange(boolean owned) {
    if (!owned) {
      unitOfWork.endWrite();
    }
  }

  /**
   * Counts a change of {@code key} just made over {@code current} (null for nothing) and registers
   * its undo with the caller's unit when it has one; true.
   */
  private boolean changed(K key, V current, boolean owned) {
    changes++;
    if (owned) {
      unitOfWork.onRollback(undo, key, current);
    }
    return true;
  }

  /** Puts back {@code current} under {@code key} (null: nothing), uncounted: what a refused conditional change found, or what an undone change replaced; false. */
  private boolean putBack(K key, V current) {
    if (current == null) {
      values.remove(key);
    } else {
      values.put(key, current);
    }
    return false;
  }

  /**
   * Removes the value stored under {@code key}, if any; a rollback of the current unit of work
   * puts it back.
   *
   * @param key the key
   */
  public void remove(K key) {
    Objects.requireNonNull(key, "key");
    boolean owned = beginChange();
    try {
      V old = values.remove(key);
      if (old != null) {
        changed(key, old, owned);
      }
    } finally {
      endChange(owned);
    }
  }

  /**
   * How many times this map has changed so far (writes, removals and undone writes): something
   * derived from the values stays valid while this number does. Ask it before reading the values
   * the derived thing is built from, so that a change in between is never missed.
   *
   * @return a number that only grows
   */
  public long changes() {
    return unitOfWork.read(() -> changes);
  }

  /**
   * The values as they are after the units of work that ended, in no defined order.
   *
   * @return an unmodifiable copy
   */
  public Collection<V> values() {
    return unitOfWork.read(() -> Collections.unmodifiableList(values.values()));
  }

  /**
   * The keys as they are after the units of work that ended, in no defined order.
   *
   * @return an unmodifiable copy
   */
  public List<K> keys() {
    return unitOfWork.read(() -> Collections.unmodifiableList(values.keys()));
  }

  /**
   * How many keys hold a value.
   *
   * @return the number of entries
   */
  public int size() {
    return unitOfWork.read(values::size);
  }

  /** Puts back what a change within a rolled-back unit replaced: null for a key that was absent. */
  @SuppressWarnings("unchecked")
  private void undoChange(Object key, Object old) {
    changes++;
    putBack((K) key, (V) old);
  }
}
