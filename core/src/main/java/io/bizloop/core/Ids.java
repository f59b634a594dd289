package io.bizloop.core;

/** Validation shared by the typed ids: an id is non-blank text without control characters. */
public final class Ids {

  /** The longest id accepted. */
  public static final int MAX_LENGTH = 128;

  private Ids() {}

  /**
   * Returns {@code value} when it is a valid id text.
   *
   * @throws IllegalArgumentException when it is null, blank, too long or has control characters
   */
  public static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(what + " is longer than " + MAX_LENGTH + " characters");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " has a control character");
      }
    }
    return value;
  }
}
