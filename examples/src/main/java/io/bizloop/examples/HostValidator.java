package io.bizloop.examples;

import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.validation.JakartaCommandValidator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The command validator the example hosts pass to the loop: Hibernate Validator without
 * expression language, checking the Jakarta Validation constraints of command records.
 */
public final class HostValidator {

  /** Hibernate Validator announces its version on java.util.logging; a host's log needs no such line. */
  private static final Logger VALIDATOR_LOG = quiet("org.hibernate.validator");

  private static final ValidatorFactory VALIDATORS =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  private HostValidator() {}

  /** The command validator of the examples. */
  public static CommandValidator create() {
    return new JakartaCommandValidator(VALIDATORS.getValidator());
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.WARNING);
    return logger;
  }
}
