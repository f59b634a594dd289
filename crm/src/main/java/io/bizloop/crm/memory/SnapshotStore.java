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

  SnapshotStore(InMemoryUnitOfWork unitOfWork) {
    this.snapshots = new TxMap<>(unitOfWork);
    this.order = new TxList<>(unitOfWork);
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
    long expected = version.applyAsLong(snapshot);
    boolean isNew = !snapshots.containsKey(id);
    boolean stored =
        snapshots.putIf(
            id,
            bumped.apply(snapshot),
            (current, next) -> current == null ? expected == 0 : version.applyAsLong(current) == expected);
    if (!stored) {
      return Outcome.rejected(CONFLICT, what + " was changed by someone else meanwhile; try again");
    }
    if (isNew) {
      order.add(id);
    }
    return Outcome.done();
  }

  List<S> all() {
    return order.toList().stream().map(snapshots::get).flatMap(Optional::stream).toList();
  }
}
