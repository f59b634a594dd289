package io.bizloop.core.validation;

import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.port.CommandValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@link CommandValidator} over a {@link Validator} the host built (Hibernate Validator,
 * Apache BVal, ...). Violations become one {@code INVALID_INPUT} rejection whose message lists
 * {@code field: message} pairs in field order.
 */
public final class JakartaCommandValidator implements CommandValidator {

  private final Validator validator;

  /**
   * A command validator over the host's Jakarta validator.
   *
   * @param validator the validator the host built and configured
   * @throws NullPointerException when {@code validator} is null
   */
  public JakartaCommandValidator(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * Validates {@code command} with the host's validator.
   *
   * @param command the command record (null is answered {@code INVALID_INPUT: command is
   *     missing})
   * @return an {@code INVALID_INPUT} rejection, {@code <Command> field: message; ...} sorted by
   *     field, or empty when there is no violation
   */
  @Override
  public Optional<Rejection> check(Object command) {
    if (command == null) {
      return Optional.of(Rejection.of(RejectionCode.INVALID_INPUT, "command is missing"));
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(command);
    if (violations.isEmpty()) {
      return Optional.empty();
    }
    String message =
        violations.stream()
            .map(v -> v.getPropertyPath() + ": " + v.getMessage())
            .sorted()
            .collect(Collectors.joining("; "));
    return Optional.of(
        Rejection.of(RejectionCode.INVALID_INPUT, command.getClass().getSimpleName() + " " + message));
  }
}
