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

  public JakartaCommandValidator(Validator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

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
