package io.bizloop.core.memory;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Named gap-free counters bound to an {@link InMemoryUnitOfWork}: {@link #next} inside a unit
 * that is rolled back gives its number back. A counter is a cell counted up in place, with one
 * undo of its own (a step back), so a number costs no box, no map write and no object.
 */
public final class TxCounters {

  private final InMemoryUnitOfWork unitOfWork;
  /** Guarded by the unit of work's write lock (held by a unit, or taken for a count outside one). */
  private final Map<String, Counter> counters = new HashMap<>();
  /** The counter asked for last (guarded as {@link #counters}): most callers count one sequence, by a constant name. */
  private Counter last;

  /** One counter: its value and the step back that undoes one {@link #next}. */
  private static final class Counter {
    final String name;
    long value;
    final Runnable stepBack = () -> value--;

    Counter(String name) {
      this.name = name;
    }
  }

  /**
   * Counters that all start at 1.
   *
   * @param unitOfWork the unit of work that undoes a count
   * @throws NullPointerException when {@code unitOfWork} is null
   */
  public TxCounters(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  /**
   * The next number of the counter {@code name}: 1, 2, 3, … without gaps among kept units.
   *
   * @param name the counter
   * @return its next number
   * @throws NullPointerException when {@code name} is null
   */
  public long next(String name) {
    Objects.requireNonNull(name, "name");
    if (!unitOfWork.owned()) {
      unitOfWork.beginWrite(); // a count outside a unit is final at once
      try {
        return countUp(name);
      } finally {
        unitOfWork.endWrite();
      }
    }
    long next = countUp(name);
    unitOfWork.onRollback(last.stepBack);
    return next;
  }

  private long countUp(String name) {
    Counter counter = last;
    if (counter == null || !counter.name.equals(name)) {
      counter = counters.computeIfAbsent(name, Counter::new);
      last = counter;
    }
    if (counter.value == Long.MAX_VALUE) {
      throw new IllegalStateException("counter " + name + " has run out of numbers");
    }
    return ++counter.value;
  }
}
