package io.bizloop.core.port;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.event.BusinessEvent;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The edge every command and every event policy of every context passes through: the one place
 * where input is checked by the host's validator, a unit of work is opened, and a stale save
 * ({@link RejectionCode#CONFLICT}) is retried.
 *
 * <p>A missing command or event is {@code INVALID_INPUT}; otherwise the host's
 * {@link CommandValidator} runs, then the handler inside one {@link UnitOfWork}. When the unit
 * ends rejected with CONFLICT it is run again from the start, at most {@link #MAX_ATTEMPTS} times
 * in all; the last CONFLICT is answered as it is.
 */
public final class CommandRunner {

  /** How often a command is tried before a CONFLICT is answered. */
  public static final int MAX_ATTEMPTS = 50;

  private final UnitOfWork unitOfWork;
  private final CommandValidator validator;

  /**
   * A runner over the host's unit of work and validator.
   *
   * @param unitOfWork where each command runs atomically
   * @param validator the host's checks of command records ({@link CommandValidator#none()} for none)
   */
  public CommandRunner(UnitOfWork unitOfWork, CommandValidator validator) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * Runs a command: checks it, then {@code handler} in a unit of work, retrying conflicts.
   *
   * @param command the command record
   * @param handler the use case's {@code handle}
   * @param <C> the command type
   * @param <R> the answer type
   * @return the handler's outcome; INVALID_INPUT for a missing or invalid command
   */
  public <C, R> Outcome<R> run(C command, Function<? super C, Outcome<R>> handler) {
    if (command == null) {
      return Outcome.rejected(RejectionCode.INVALID_INPUT, "command is missing");
    }
    Optional<Rejection> invalid = validator.check(command);
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    return retrying(handler, command);
  }

  /**
   * Runs an event policy in a unit of work (joined with the publisher's when there is one),
   * retrying conflicts.
   *
   * @param event the event
   * @param policy the policy's {@code on} method
   * @param <E> the event type
   * @return the policy's outcome; INVALID_INPUT for a missing event
   */
  public <E extends BusinessEvent> Outcome<Void> react(E event, Function<? super E, Outcome<Void>> policy) {
    if (event == null) {
      return Outcome.rejected(RejectionCode.INVALID_INPUT, "event is missing");
    }
    return retrying(policy, event);
  }

  /**
   * Runs a query or command body in a unit of work without a command record (a host's own
   * sequence of calls that must be all-or-nothing), retrying conflicts.
   *
   * @param work what to run
   * @param <T> the answer type
   * @return its outcome
   */
  public <T> Outcome<T> atomically(java.util.function.Supplier<Outcome<T>> work) {
    return retrying(java.util.function.Supplier::get, work);
  }

  /** Runs {@code work} on {@code input} in a unit of work until it ends other than CONFLICT, at most {@link #MAX_ATTEMPTS} times. */
  private <C, T> Outcome<T> retrying(Function<? super C, Outcome<T>> work, C input) {
    for (int attempts = 1; ; attempts++) {
      Outcome<T> outcome = unitOfWork.execute(work, input);
      if (attempts < MAX_ATTEMPTS
          && outcome instanceof Outcome.Rejected<T> rejected
          && rejected.rejection().code() == RejectionCode.CONFLICT) {
        Thread.onSpinWait();
        continue;
      }
      return outcome;
    }
  }
}
