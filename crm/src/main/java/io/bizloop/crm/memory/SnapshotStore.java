package io.bizloop.crm.memory;

import static io.bizloop.core.RejectionCode.CONFLICT;

import io.bizloop.core.Outcome;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxList;
import io.bizloop.core.memory.TxMap;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * Snapshots by id with optimistic locking and first-save order, on a TxMap and a TxList.
 *
 * @param <K> id
 * @param <S> immutable snapshot
 */
final class SnapshotStore<K, S> {

  private final TxMap<K, S> snapshots;
  private final TxList<K> order;
  /** Each id's place in first-save order, for the lookups; null in a store without lookups. */
  private final TxMap<K, Integer> ordinals;
  private final TxMap<String, List<K>> index;
  private final TxMap<K, Boolean> flagged;

  /** A store with lookups ({@link #index}, {@link #flag}). */
  SnapshotStore(InMemoryUnitOfWork unitOfWork) {
    this(unitOfWork, true);
  }

  /**
   * A store without lookups: no first-save ordinal is kept per id (a map entry and a boxed
   * number per sales order of the year, which every young collection copied).
   */
  static <K, S> SnapshotStore<K, S> withoutLookups(InMemoryUnitOfWork unitOfWork) {
    return new SnapshotStore<>(unitOfWork, false);
  }

  private SnapshotStore(InMemoryUnitOfWork unitOfWork, boolean lookups) {
    this.snapshots = new TxMap<>(unitOfWork);
    this.order = new TxList<>(unitOfWork);
    this.ordinals = lookups ? new TxMap<>(unitOfWork) : null;
    this.index = new TxMap<>(unitOfWork);
    this.flagged = new TxMap<>(unitOfWork);
  }

  /** Puts {@code id} in the one flagged subset of this store (open tickets, say), or takes it out. */
  void flag(K id, boolean on) {
    requireLookups();
    if (on) {
      if (flagged.getOrNull(id) == null) {
        flagged.put(id, Boolean.TRUE);
      }
    } else {
      flagged.remove(id);
    }
  }

  /** The snapshots of the flagged ids, in first-save order. */
  List<S> flagged() {
    java.util.TreeMap<Integer, S> found = new java.util.TreeMap<>();
    for (K id : flagged.keys()) {
      found.put(ordinals.getOrNull(id), snapshots.getOrNull(id));
    }
    return List.copyOf(found.values());
  }

  /**
   * Notes {@code id} under {@code key} of a lookup index (a {@code null} key is not noted). An id
   * stays under a key it once had: {@link #indexed} answers candidates, which callers filter.
   */
  void index(String key, K id) {
    requireLookups();
    if (key == null) {
      return;
    }
    List<K> ids = index.getOrNull(key);
    if (ids == null) {
      index.put(key, List.of(id));
    } else if (!ids.contains(id)) {
      List<K> more = new java.util.ArrayList<>(ids.size() + 1);
      more.addAll(ids);
      more.add(id);
      index.put(key, java.util.Collections.unmodifiableList(more));
    }
  }

  /** The snapshots of the ids noted under any of {@code keys}, in first-save order, each once. */
  List<S> indexed(String... keys) {
    java.util.TreeMap<Integer, S> found = new java.util.TreeMap<>();
    for (String key : keys) {
      if (key == null) {
        continue;
      }
      for (K id : index.get(key).orElse(List.of())) {
        S snapshot = snapshots.getOrNull(id);
        if (snapshot != null) {
          found.put(ordinals.getOrNull(id), snapshot);
        }
      }
    }
    return List.copyOf(found.values());
  }

  Optional<S> get(K id) {
    return snapshots.get(id);
  }

  boolean contains(K id) {
    return snapshots.containsKey(id);
  }

  /**
   * Stores {@code bumped(snapshot)} when the stored version is still the snapshot's; otherwise
   * stores nothing and answers CONFLICT naming {@code what}.
   */
  Outcome<Void> save(
      K id, S snapshot, ToLongFunction<S> version, UnaryOperator<S> bumped, String what) {
    return saveNext(id, bumped.apply(snapshot), version, () -> what);
  }

  /**
   * Stores {@code next} (the aggregate's snapshot with its version + 1, built once) when the stored
   * version is still {@code next}'s − 1; otherwise stores nothing and answers CONFLICT naming
   * {@code what}.
   */
  Outcome<Void> saveNext(K id, S next, ToLongFunction<S> version, java.util.function.Supplier<String> what) {
    if (!snapshots.putNextVersion(id, next, version)) {
      return Outcome.rejected(CONFLICT, what.get() + " was changed by someone else meanwhile; try again");
    }
    if (version.applyAsLong(next) == 1) {
      if (ordinals != null) {
        ordinals.put(id, order.size());
      }
      order.add(id);
    }
    return Outcome.done();
  }

  private void requireLookups() {
    if (ordinals == null) {
      throw new IllegalStateException("this store was made without lookups");
    }
  }

  List<S> all() {
    return order.toList().stream().map(snapshots::get).flatMap(Optional::stream).toList();
  }
}
