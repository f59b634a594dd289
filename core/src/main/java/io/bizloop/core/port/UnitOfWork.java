package io.bizloop.core.port;

import io.bizloop.core.Outcome;
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
