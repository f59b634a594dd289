package io.bizloop.core;

import java.util.Objects;

/**
 * Why a command was refused: a stable code and a message for people.
 *
 * @param code the stable code
 * @param message what was wrong, naming the ids and figures involved
 */
public record Rejection(RejectionCode code, String message) {

  /**
   * Checks that both parts are given.
   *
   * @param code the stable code
   * @param message what was wrong
   * @throws NullPointerException when {@code code} or {@code message} is null (a bug in the
   *     caller, never a user's input)
   */
  public Rejection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A rejection with this code and message.
   *
   * @param code the stable code
   * @param message what was wrong, short, naming the ids and figures involved
   * @return the rejection
   * @throws NullPointerException when {@code code} or {@code message} is null
   */
  public static Rejection of(RejectionCode code, String message) {
    return new Rejection(code, message);
  }

  /**
   * The code and message as {@code CODE: message}, for logs and exception messages.
   *
   * @return e.g. {@code "INVALID_INPUT: sku is missing"}
   */
  @Override
  public String toString() {
    return code + ": " + message;
  }
}
