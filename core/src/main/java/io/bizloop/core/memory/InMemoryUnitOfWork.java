package io.bizloop.core.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.port.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A {@link UnitOfWork} for in-memory stores: every change made through a {@link TxMap} or
 * {@link TxList} bound to it registers its undo; a rejected or failed unit undoes them, newest
 * first. Nested units are savepoints. Units are per thread.
 *
 * <p>Isolation: units of work on one instance run one after another (one writer at a time: the
 * outermost unit holds a write lock from start to end), so concurrent units behave as if run in
 * some serial order and a rollback always restores exactly what was there. Reads through
 * {@link TxMap} and {@link TxList} from outside a unit take the read lock, so a reader sees only
 * ended units; {@link #read} runs a whole query under one read lock for a consistent view.
 * A thread must not start a unit of work inside {@link #read} (a read lock cannot be upgraded).
 */
public final class InMemoryUnitOfWork implements UnitOfWork {

  private final ThreadLocal<List<Runnable>> undoLog = new ThreadLocal<>();
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /** A unit of work with no unit running on any thread. */
  public InMemoryUnitOfWork() {}

  /**
   * Runs {@code work} on the calling thread; when it is rejected or throws, undoes the changes
   * it registered, newest first. Inside another unit of the same thread it is a savepoint: only
   * its own changes are undone, and the outer unit decides the rest.
   *
   * @param work the command or policy
   * @param <T> the type of its value
   * @return the outcome of {@code work}
   */
  @Override
  public <T> Outcome<T> execute(Supplier<Outcome<T>> work) {
    List<Runnable> log = undoLog.get();
    boolean outermost = log == null;
    if (outermost) {
      if (lock.getReadHoldCount() > 0) {
        throw new IllegalStateException("a unit of work cannot start inside read(...)");
      }
      lock.writeLock().lock();
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
        lock.writeLock().unlock();
      }
    }
  }

  /**
   * Runs a query under the read lock: it sees the state after the units of work that ended
   * before it, and no unit runs meanwhile. Inside a unit of work it runs as it is.
   *
   * @param query the reads to make
   * @param <T> the answer type
   * @return the query's answer
   */
  @Override
  public <T> T read(Supplier<T> query) {
    if (lock.isWriteLockedByCurrentThread()) {
      return query.get();
    }
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Makes a change outside any unit of work as a unit of its own (under the write lock), or
   * inside the calling thread's unit as it is.
   *
   * @param change the change
   */
  void write(Runnable change) {
    if (lock.isWriteLockedByCurrentThread()) {
      change.run();
      return;
    }
    lock.writeLock().lock();
    try {
      change.run();
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Whether the calling thread is inside a unit of work.
   *
   * @return true inside {@link #execute}
   */
  public boolean active() {
    return undoLog.get() != null;
  }

  /**
   * Registers how to undo a change just made; outside a unit of work the change is final.
   *
   * @param undo restores what the change replaced; run at most once, on rollback, newest first
   */
  public void onRollback(Runnable undo) {
    List<Runnable> log = undoLog.get();
    if (log != null) {
      log.add(undo);
    }
  }
}
