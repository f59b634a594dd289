package io.bizloop.core.port;

import io.bizloop.core.Outcome;
import java.util.function.Function;

/**
 * The one shape of every use case: {@code handle(command)} answers an {@link Outcome}. A use case
 * is also the function {@link CommandRunner#run} takes, so a facade hands the use case itself to
 * the runner (no method reference built per call).
 *
 * @param <C> the command type
 * @param <R> the answer type
 */
@FunctionalInterface
public interface UseCase<C, R> extends Function<C, Outcome<R>> {

  /**
   * Runs the use case.
   *
   * @param command what to do
   * @return done with the answer, or rejected with why
   */
  Outcome<R> handle(C command);

  /**
   * As {@link #handle}.
   *
   * @param command what to do
   * @return the outcome of {@link #handle}
   */
  @Override
  default Outcome<R> apply(C command) {
    return handle(command);
  }
}
