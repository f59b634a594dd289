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

  /**
   * An empty list bound to {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work whose rollback undoes an append
   * @throws NullPointerException when {@code unitOfWork} is null
   */
  public TxList(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * Appends {@code value}; a rollback of the current unit of work removes it again.
   *
   * @param value the element, immutable
   * @throws NullPointerException when {@code value} is null
   */
  public void add(V value) {
    Objects.requireNonNull(value, "value");
    unitOfWork.write(
        () -> {
          values.add(value);
          unitOfWork.onRollback(this::removeLast); // undone newest first: the last element is this one
        });
  }

  /**
   * A copy of the elements in the order they were added.
   *
   * @return an unmodifiable snapshot
   */
  public List<V> toList() {
    return unitOfWork.read(
        () -> {
          return List.copyOf(values);
        });
  }

  /**
   * How many elements the list holds.
   *
   * @return the number of elements
   */
  public int size() {
    return unitOfWork.read(
        () -> {
          return values.size();
        });
  }

  private void removeLast() {
    values.remove(values.size() - 1);
  }

  /**
   * The element at {@code index} (for hot paths: no copy).
   *
   * @param index from 0
   * @return the element
   * @throws IndexOutOfBoundsException when there is none
   */
  public V get(int index) {
    if (unitOfWork.owned()) {
      return values.get(index);
    }
    return unitOfWork.read(() -> values.get(index));
  }

  /**
   * Replaces the element at {@code index}; a rollback of the current unit of work puts the old
   * one back.
   *
   * @param index from 0
   * @param value the new element
   * @throws IndexOutOfBoundsException when there is none
   */
  public void set(int index, V value) {
    Objects.requireNonNull(value, "value");
    unitOfWork.write(
        () -> {
          V old = values.set(index, value);
          unitOfWork.onRollback(() -> values.set(index, old));
        });
  }
}
