package io.bizloop.core.port;

import io.bizloop.core.Rejection;
import java.util.Optional;

/**
 * Checks a command record's Jakarta Validation constraints before a use case runs it.
 *
 * <p>Contract: answers an {@code INVALID_INPUT} rejection with a readable message naming each
 * violated field, or empty when the command is valid. The library never starts a validator
 * itself: the host passes one in ({@link io.bizloop.core.validation.JakartaCommandValidator}).
 */
public interface CommandValidator {

  /**
   * Checks a command record.
   *
   * @param command the command (null is answered {@code INVALID_INPUT})
   * @return an {@code INVALID_INPUT} rejection naming each violated field, or empty when the
   *     command is valid
   */
  Optional<Rejection> check(Object command);

  /**
   * A validator that accepts everything (record constructors still refuse malformed values).
   *
   * @return the validator
   */
  static CommandValidator none() {
    return command -> Optional.empty();
  }
}
