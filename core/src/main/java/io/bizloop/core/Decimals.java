package io.bizloop.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Reading and rounding decimals in time and memory bounded by the size of the input: the scale
 * and precision of a value are looked at before any operation whose cost grows with them.
 */
final class Decimals {

  private Decimals() {}

  /**
   * Reads decimal text exactly (exponent notation included), refusing it with a short message.
   *
   * @param text the text, e.g. {@code "12.30"} or {@code "1e-3"}
   * @param what names the value in the message, e.g. {@code "amount"}
   * @return the exact value, not yet checked against any bound
   * @throws IllegalArgumentException when the text is missing, longer than
   *     {@link Bounds#MAX_NUMBER_TEXT_LENGTH} characters or not a decimal number
   */
  static BigDecimal parse(String text, String what) {
    if (text == null) {
      throw new IllegalArgumentException(what + " is missing");
    }
    if (text.length() > Bounds.MAX_NUMBER_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          what + " " + Ids.quote(text) + " is longer than " + Bounds.MAX_NUMBER_TEXT_LENGTH + " characters");
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " " + Ids.quote(text) + " is not a decimal number");
    }
  }

  /**
   * How many digits a non-zero value has before the decimal point: {@code precision − scale},
   * so {@code 10^(n−1) ≤ |value| < 10^n}. Zero or negative for values below 1 in magnitude; 0
   * for zero. Computed without rescaling the value.
   *
   * @param value the value
   * @return the number of integer digits
   */
  static long integerDigits(BigDecimal value) {
    return value.signum() == 0 ? 0 : (long) value.precision() - value.scale();
  }

  /**
   * Rounds HALF_UP to a whole number that fits a {@code long}, in time bounded by the size of
   * {@code exact}.
   *
   * @param exact the value
   * @return the rounded value
   * @throws ArithmeticException when the rounded value does not fit a {@code long}
   */
  static long roundHalfUpToLong(BigDecimal exact) {
    long digits = integerDigits(exact);
    if (exact.signum() == 0 || digits < 0) {
      return 0; // |exact| < 0.1
    }
    if (digits > 19) {
      throw new ArithmeticException("value " + Bounds.show(exact) + " is beyond the long range");
    }
    return exact.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }

  /**
   * The value with its trailing zeros removed and a scale of at least 0, e.g. {@code 70} for
   * {@code 70.00} or {@code 7E+1}. The caller has checked that the value has at most
   * {@code maxScale} decimals and a bounded number of integer digits.
   *
   * @param value the value
   * @param maxScale the most decimals it has, checked by the caller
   * @return the canonical form
   */
  static BigDecimal canonical(BigDecimal value, int maxScale) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal bounded = value.scale() > maxScale ? value.setScale(maxScale, RoundingMode.UNNECESSARY) : value;
    BigDecimal stripped = bounded.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
