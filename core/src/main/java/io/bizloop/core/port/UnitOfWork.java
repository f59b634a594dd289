package io.bizloop.core.port;

import io.bizloop.core.Outcome;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a command and the handlers of the events it raised atomically.
 *
 * <p>Contract: when {@code work} returns a rejected outcome or throws, nothing it changed
 * through the host's ports is kept (a database rollback, or an in-memory undo); when it is
 * accepted, everything is kept. A unit of work started inside another joins it: a rejection
 * inside undoes what the inner work did (a savepoint) and the outer work decides the rest.
 */
public interface UnitOfWork {

  /**
   * Runs {@code work} atomically.
   *
   * @param work the command or policy, with the handlers of its events
   * @param <T> the type of its value
   * @return the outcome of {@code work}; when it is rejected, nothing was kept
   */
  <T> Outcome<T> execute(Supplier<Outcome<T>> work);

  /**
   * Runs {@code work} on {@code input} atomically, as {@link #execute(Supplier)} does; a unit of
   * work may answer it without wrapping the two in a new object per call (the in-memory one does).
   *
   * @param work the command handler or policy
   * @param input the command or event handed to it
   * @param <C> the input type
   * @param <T> the type of its value
   * @return the outcome of {@code work}; when it is rejected, nothing was kept
   */
  default <C, T> Outcome<T> execute(Function<? super C, Outcome<T>> work, C input) {
    return execute(() -> work.apply(input));
  }

  /**
   * A unit of work for hosts whose ports are not transactional: it runs the work as it is and
   * undoes nothing.
   *
   * @return the unit of work
   */
  static UnitOfWork direct() {
    return Supplier::get;
  }

  /**
   * Runs a read-only query with the most consistent view the store offers: the in-memory store
   * runs it under its read lock (it sees only ended units and no unit runs meanwhile); the
   * default runs it as it is.
   *
   * @param query the reads to make
   * @param <T> the answer type
   * @return the query's answer
   */
  default <T> T read(Supplier<T> query) {
    return query.get();
  }
}
