package io.bizloop.core;

import java.util.Objects;

/**
 * Why a command was refused: a stable code and a message for people.
 *
 * @param code the stable code
 * @param message what was wrong, naming the ids and figures involved
 */
public record Rejection(RejectionCode code, String message) {

  public Rejection {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static Rejection of(RejectionCode code, String message) {
    return new Rejection(code, message);
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
