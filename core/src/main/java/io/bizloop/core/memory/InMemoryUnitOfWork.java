package io.bizloop.core.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.port.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@link UnitOfWork} for in-memory stores: every change made through a {@link TxMap} or
 * {@link TxList} bound to it registers its undo; a rejected or failed unit undoes them, newest
 * first. Nested units are savepoints. Units are per thread.
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  private final ThreadLocal<List<Runnable>> undoLog = new ThreadLocal<>();

  @Override
  public <T> Outcome<T> execute(Supplier<Outcome<T>> work) {
    List<Runnable> log = undoLog.get();
    boolean outermost = log == null;
    if (outermost) {
      log = new ArrayList<>();
      undoLog.set(log);
    }
    int savepoint = log.size();
    boolean keep = false;
    try {
      Outcome<T> outcome = work.get();
      keep = outcome.isAccepted();
      return outcome;
    } finally {
      if (!keep) {
        for (int i = log.size() - 1; i >= savepoint; i--) {
          log.remove(i).run();
        }
      }
      if (outermost) {
        undoLog.remove();
      }
    }
  }

  /** Whether the calling thread is inside a unit of work. */
  public boolean active() {
    return undoLog.get() != null;
  }

  /** Registers how to undo a change just made; outside a unit of work the change is final. */
  public void onRollback(Runnable undo) {
    List<Runnable> log = undoLog.get();
    if (log != null) {
      log.add(undo);
    }
  }
}
