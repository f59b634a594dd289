package io.bizloop.core;

import java.util.Objects;

/**
 * Thrown by {@link Outcome#orElseThrow()} when a script or a test asked for the value of a
 * rejected outcome. The library itself never throws it: a business "no" is a value.
 */
public final class RejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  /**
   * A failure that carries {@code rejection}.
   *
   * @param rejection why the command was refused
   */
  public RejectedException(Rejection rejection) {
    super(Objects.requireNonNull(rejection, "rejection").toString());
    this.rejection = rejection;
  }

  /**
   * The rejection the outcome carried.
   *
   * @return the code and message of the refusal
   */
  public Rejection rejection() {
    return rejection;
  }
}
