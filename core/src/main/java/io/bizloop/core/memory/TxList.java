package io.bizloop.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An append-only, thread-safe list whose appends are undone when the
 * {@link InMemoryUnitOfWork} they were made in is rolled back.
 *
 * @param <V> immutable element
 */
public final class TxList<V> {

  private final InMemoryUnitOfWork unitOfWork;
  private final List<V> values = new ArrayList<>();

  public TxList(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  public synchronized void add(V value) {
    Objects.requireNonNull(value, "value");
    values.add(value);
    unitOfWork.onRollback(() -> removeLast(value));
  }

  /** A copy of the elements in the order they were added. */
  public synchronized List<V> toList() {
    return List.copyOf(values);
  }

  public synchronized int size() {
    return values.size();
  }

  private synchronized void removeLast(V value) {
    int last = values.lastIndexOf(value);
    if (last >= 0) {
      values.remove(last);
    }
  }
}
