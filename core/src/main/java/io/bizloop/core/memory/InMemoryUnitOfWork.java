package io.bizloop.core.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.port.UnitOfWork;
import io.bizloop.core.port.UseCase;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
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

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

  /**
   * The thread that runs, or last ran, an outermost unit. Written only by a thread that holds the
   * write lock, and only when it is not that thread already (a host calling from one thread never
   * writes it again: a reference stored into a long-lived object costs the garbage collector's
   * card-marking fence). Read and written in opaque mode through {@link #OWNER}.
   */
  @SuppressWarnings("unused") // through OWNER
  private Thread owner;

  /**
   * Whether an outermost unit runs now: set with release semantics after {@link #owner}, cleared
   * before the write lock is released. A thread that reads it true (acquire) sees the owner that
   * set it, or a later one; only a thread itself ever writes itself there, so a thread comparing
   * the owner with itself never errs, and no fence is paid per unit.
   */
  @SuppressWarnings("unused") // through RUNNING
  private boolean running;

  private static final VarHandle OWNER;
  private static final VarHandle RUNNING;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      OWNER = lookup.findVarHandle(InMemoryUnitOfWork.class, "owner", Thread.class);
      RUNNING = lookup.findVarHandle(InMemoryUnitOfWork.class, "running", boolean.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /**
   * How a store undoes one of its changes from what the log kept of it: the key (or cell) it
   * changed and the value it replaced. A store registers one instance, so a change allocates no
   * undo of its own ({@link #onRollback(Undo, Object, Object)}).
   */
  public interface Undo {
    /**
     * Puts back what one change replaced.
     *
     * @param key the key (or slot) changed
     * @param old what was there before, or null when there was nothing
     */
    void undo(Object key, Object old);
  }

  /** The undo of a {@link Runnable} registered with {@link #onRollback(Runnable)}: it is the key. */
  private static final Undo RUN = (runnable, unused) -> ((Runnable) runnable).run();

  /**
   * The undo log of the running unit, newest last, three slots per change (its {@link Undo}, the
   * key, the old value); touched only by the thread running the unit. It is kept young: a unit's
   * end clears the slots it used (null stores need no card mark) and every {@link #UNITS_PER_LOG}
   * units, or after a unit that grew it past {@link #KEPT_LOG} slots, a new small array takes its
   * place. A young array takes the three stores of a change without the garbage collector's card
   * marking, where an array that lived long enough to be old would pay a fence for every store of
   * a young value (G1), and replacing it once per unit would pay that fence for the new array.
   */
  private Object[] log = new Object[FIRST_LOG];

  /** The slots of a new log: four changes; it grows fourfold, then twofold. */
  private static final int FIRST_LOG = 3 * 4;

  /** A log grown past this many slots is dropped at the unit's end rather than kept; below it a log grows fourfold. */
  private static final int KEPT_LOG = 3 * 64;

  /** How many outermost units use one log before a new one replaces it (so it stays young). */
  private static final int UNITS_PER_LOG = 256;

  /** Outermost units that ended on the current {@link #log}. */
  private int unitsOnLog;

  /** Slots in use in {@link #log} (three per change). */
  private int size;

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
    return execute(Supplier::get, work);
  }

  /**
   * As {@link #execute(Supplier)}, with the work and its input apart (no object per call).
   *
   * @param work the command handler or policy
   * @param input the command or event handed to it
   * @param <C> the input type
   * @param <T> the type of its value
   * @return the outcome of {@code work} on {@code input}
   */
  @Override
  public <C, T> Outcome<T> execute(Function<? super C, Outcome<T>> work, C input) {
    Thread me = Thread.currentThread();
    boolean outermost = !ownedBy(me);
    if (outermost) {
      if (lock.getReadHoldCount() > 0) {
        throw new IllegalStateException("a unit of work cannot start inside read(...)");
      }
      lock.writeLock().lock();
      if (OWNER.getOpaque(this) != me) {
        OWNER.setOpaque(this, me);
      }
      RUNNING.setRelease(this, true);
      size = 0;
    }
    int savepoint = size;
    boolean keep = false;
    try {
      Outcome<T> outcome = applied(work, input);
      keep = outcome.isAccepted();
      return outcome;
    } finally {
      if (!keep) {
        undoTo(savepoint);
      }
      if (outermost) {
        clear();
        RUNNING.setRelease(this, false);
        lock.writeLock().unlock();
      }
    }
  }

  /**
   * Calls a use case's {@code handle} here rather than through {@link UseCase#apply}: that default
   * method is one method shared by every use case, so its compiled form guesses from a profile that
   * mixes them all, and each use case that breaks the guess sends it back to be compiled again (8
   * times in a replayed year, some 200 ms of compiler time each). Called from here, each
   * {@code handle} is compiled once, on its own.
   */
  @SuppressWarnings("unchecked")
  private static <C, T> Outcome<T> applied(Function<? super C, Outcome<T>> work, C input) {
    return work instanceof UseCase<?, ?> useCase ? ((UseCase<C, T>) useCase).handle(input) : work.apply(input);
  }

  private void undoTo(int savepoint) {
    while (size > savepoint) {
      Object old = log[--size];
      Object key = log[--size];
      Undo undo = (Undo) log[--size];
      log[size] = null;
      log[size + 1] = null;
      log[size + 2] = null;
      undo.undo(key, old);
    }
  }

  /** Drops the kept undo entries (they hold old values) without running them. */
  private void clear() {
    int used = size;
    size = 0;
    Object[] slots = log;
    if (slots.length > KEPT_LOG || ++unitsOnLog >= UNITS_PER_LOG) {
      log = new Object[FIRST_LOG];
      unitsOnLog = 0;
    } else {
      for (int i = 0; i < used; i++) {
        slots[i] = null;
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
    if (owned()) {
      return query.get();
    }
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Whether the calling thread runs the current unit of work (and so holds the write lock). */
  boolean owned() {
    return ownedBy(Thread.currentThread());
  }

  private boolean ownedBy(Thread me) {
    return (boolean) RUNNING.getAcquire(this) && OWNER.getOpaque(this) == me;
  }

  /** Takes the read lock for a read from outside a unit; pair with {@link #endRead()}. */
  void beginRead() {
    lock.readLock().lock();
  }

  /** Releases what {@link #beginRead()} took. */
  void endRead() {
    lock.readLock().unlock();
  }

  /** Takes the write lock for one change from outside a unit; pair with {@link #endWrite()}. */
  void beginWrite() {
    lock.writeLock().lock();
  }

  /** Releases what {@link #beginWrite()} took. */
  void endWrite() {
    lock.writeLock().unlock();
  }

  /**
   * Makes a change outside any unit of work as a unit of its own (under the write lock), or
   * inside the calling thread's unit as it is.
   *
   * @param change the change
   */
  void write(Runnable change) {
    if (owned()) {
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
    return owned();
  }

  /**
   * Registers how to undo a change just made; outside a unit of work the change is final.
   *
   * @param undo restores what the change replaced; run at most once, on rollback, newest first
   */
  public void onRollback(Runnable undo) {
    java.util.Objects.requireNonNull(undo, "undo");
    onRollback(RUN, undo, null);
  }

  /**
   * Registers a change to undo as its store's {@link Undo} with what it replaced (no object per
   * change); outside a unit of work the change is final.
   *
   * @param undo the store's undo
   * @param key the key (or slot) changed
   * @param old what was there before, or null
   */
  public void onRollback(Undo undo, Object key, Object old) {
    java.util.Objects.requireNonNull(undo, "undo");
    if (!owned()) {
      return;
    }
    Object[] slots = log;
    if (size == slots.length) {
      log = slots = java.util.Arrays.copyOf(slots, size < KEPT_LOG ? size * 4 : size * 2);
    }
    slots[size] = undo;
    slots[size + 1] = key;
    slots[size + 2] = old;
    size += 3;
  }
}
