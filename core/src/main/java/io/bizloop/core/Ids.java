package io.bizloop.core;

/**
 * The rule every id follows (scenario-format.md, "Identifiers and bounds"): 1 to
 * {@value #MAX_LENGTH} Unicode code points, no control character (category Cc), no lone
 * surrogate, no leading or trailing white space (Unicode white space, U+00A0 and U+3000
 * included). Any other character is allowed: letters of any script, digits, inner spaces,
 * {@code /}, {@code -}, {@code :}, {@code #}.
 */
public final class Ids {

  /** The longest id accepted, in code points. */
  public static final int MAX_LENGTH = 64;

  /** How many characters of a bad value a message quotes at most. */
  static final int QUOTE = 24;

  private Ids() {}

  /**
   * Returns {@code value} when it is a valid id text.
   *
   * @param value the text
   * @param what names the id in the message, e.g. {@code "sku"}
   * @return {@code value}
   * @throws IllegalArgumentException when it breaks the rule; the message says how
   */
  public static String requireText(String value, String what) {
    return requireText(value, what, MAX_LENGTH);
  }

  /**
   * Returns {@code value} when it is valid id text of at most {@code maxCodePoints} code points.
   *
   * @param value the text
   * @param what names the id in the message
   * @param maxCodePoints the longest text accepted, in code points
   * @return {@code value}
   * @throws IllegalArgumentException when it breaks the rule; the message says how
   */
  public static String requireText(String value, String what, int maxCodePoints) {
    String problem = problem(value, what, maxCodePoints);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return value;
  }

  /**
   * What is wrong with {@code value} as an id, or {@code null} when nothing is.
   *
   * @param value the text (may be null)
   * @param what names the id in the message
   * @return a short message, or null
   */
  public static String problem(String value, String what) {
    return problem(value, what, MAX_LENGTH);
  }

  /**
   * What is wrong with {@code value} as id text of at most {@code maxCodePoints} code points,
   * or {@code null} when nothing is.
   *
   * @param value the text (may be null)
   * @param what names the id in the message
   * @param maxCodePoints the longest text accepted, in code points
   * @return a short message, or null
   */
  public static String problem(String value, String what, int maxCodePoints) {
    if (value == null) {
      return what + " is missing";
    }
    if (value.isEmpty()) {
      return what + " is empty";
    }
    if (value.length() > 2 * maxCodePoints || value.codePointCount(0, value.length()) > maxCodePoints) {
      return what + " is longer than " + maxCodePoints + " characters";
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= ' ' && c < 0x7F) {
        continue; // printable ASCII, the common case: no surrogate, no control character
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i++;
          continue;
        }
        return what + " has a lone surrogate";
      }
      if (Character.isLowSurrogate(c)) {
        return what + " has a lone surrogate";
      }
      if (Character.getType(c) == Character.CONTROL) {
        return what + " has a control character";
      }
    }
    if (isWhiteSpace(value.codePointAt(0)) || isWhiteSpace(value.codePointBefore(value.length()))) {
      return what + " " + quote(value) + " has leading or trailing white space";
    }
    return null;
  }

  /**
   * Whether a code point is Unicode white space (Java's white space or a space separator).
   *
   * @param codePoint the code point
   * @return true for white space
   */
  public static boolean isWhiteSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  /**
   * A short quotation of a value for a message: at most a few dozen characters.
   *
   * @param value the value (may be null)
   * @return the value in quotes, cut with an ellipsis when long
   */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    if (value.length() <= QUOTE) {
      return "\"" + value + "\"";
    }
    int end = QUOTE;
    if (Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    return "\"" + value.substring(0, end) + "…\"";
  }
}
