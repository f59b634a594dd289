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

  <T> Outcome<T> execute(Supplier<Outcome<T>> work);

  /** A unit of work for hosts whose ports are not transactional: it runs the work as it is. */
  static UnitOfWork direct() {
    return Supplier::get;
  }
}
