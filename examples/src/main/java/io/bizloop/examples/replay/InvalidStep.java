package io.bizloop.examples.replay;

import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;

/** A step that cannot be turned into a command: carries the rejection to report. */
final class InvalidStep extends RuntimeException {

  private final transient Rejection rejection;

  InvalidStep(RejectionCode code, String message) {
    super(message, null, false, false);
    this.rejection = Rejection.of(code, message);
  }

  static InvalidStep input(String message) {
    return new InvalidStep(RejectionCode.INVALID_INPUT, message);
  }

  Rejection rejection() {
    return rejection;
  }
}
