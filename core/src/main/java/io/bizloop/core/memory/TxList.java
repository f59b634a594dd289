package io.bizloop.core.memory;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An append-only, thread-safe list whose appends are undone when the
 * {@link InMemoryUnitOfWork} they were made in is rolled back.
 *
 * <p>The elements are kept in chunks of {@value #CHUNK} that never move: a long list (a journal of
 * millions of entries) grows without copying what it holds and without one huge array, which
 * a collector would have to allocate outside its young generation and copy on every growth.
 *
 * @param <V> immutable element
 */
public final class TxList<V> {

  /** Elements per chunk: a power of two, so that an index splits into chunk and slot by shifts. */
  static final int CHUNK = 1 << 10;

  private static final int SHIFT = Integer.numberOfTrailingZeros(CHUNK);

  private final InMemoryUnitOfWork unitOfWork;

  private Object[][] chunks = new Object[4][];

  private int size;

  /** The undo of an append, one instance for all of them (undone newest first: the last element is the one). */
  private final Runnable removeLast = this::removeLast;

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
   * @throws IllegalStateException when the list holds {@link Integer#MAX_VALUE} elements already
   */
  public void add(V value) {
    Objects.requireNonNull(value, "value");
    if (unitOfWork.owned()) {
      append(value);
      unitOfWork.onRollback(removeLast);
      return;
    }
    unitOfWork.beginWrite();
    try {
      append(value);
    } finally {
      unitOfWork.endWrite();
    }
  }

  private void append(V value) {
    if (size == Integer.MAX_VALUE) {
      throw new IllegalStateException("a list holds at most " + Integer.MAX_VALUE + " elements");
    }
    int chunk = size >>> SHIFT;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new Object[CHUNK];
    }
    chunks[chunk][size & (CHUNK - 1)] = value;
    size++;
  }

  /**
   * A copy of the elements in the order they were added.
   *
   * @return an unmodifiable snapshot
   */
  public List<V> toList() {
    return unitOfWork.read(this::copy);
  }

  @SuppressWarnings("unchecked")
  private List<V> copy() {
    Object[] all = new Object[size];
    for (int from = 0; from < size; from += CHUNK) {
      System.arraycopy(chunks[from >>> SHIFT], 0, all, from, Math.min(CHUNK, size - from));
    }
    return (List<V>) Collections.unmodifiableList(Arrays.asList(all));
  }

  /**
   * How many elements the list holds.
   *
   * @return the number of elements
   */
  public int size() {
    if (unitOfWork.owned()) {
      return size;
    }
    unitOfWork.beginRead();
    try {
      return size;
    } finally {
      unitOfWork.endRead();
    }
  }

  private void removeLast() {
    size--;
    chunks[size >>> SHIFT][size & (CHUNK - 1)] = null;
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
      return at(index);
    }
    unitOfWork.beginRead();
    try {
      return at(index);
    } finally {
      unitOfWork.endRead();
    }
  }

  @SuppressWarnings("unchecked")
  private V at(int index) {
    Objects.checkIndex(index, size);
    return (V) chunks[index >>> SHIFT][index & (CHUNK - 1)];
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
          V old = at(index);
          chunks[index >>> SHIFT][index & (CHUNK - 1)] = value;
          unitOfWork.onRollback(() -> chunks[index >>> SHIFT][index & (CHUNK - 1)] = old);
        });
  }
}
