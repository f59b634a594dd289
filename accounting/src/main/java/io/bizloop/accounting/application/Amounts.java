package io.bizloop.accounting.application;

import io.bizloop.core.Rejection;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/** The shape checks of an amount typed by a user (a payment, a journal line): scenario-format.md's bounds. */
final class Amounts {

  /** The largest typed amount, in the currency's major unit. */
  static final BigDecimal MAX = new BigDecimal("1000000000000");

  /** The longest memo or other free text, in code points. */
  static final int MAX_TEXT = 200;

  private Amounts() {}

  /** INVALID_INPUT when {@code amount} is missing, not positive, has too many decimals or is beyond {@link #MAX}. */
  static Optional<Rejection> typed(BigDecimal amount, Currency currency, String what) {
    if (amount == null) {
      return Bookkeeper.invalid(what + " has no amount");
    }
    if (amount.signum() <= 0) {
      return Bookkeeper.invalid(what + " must be positive, was " + show(amount));
    }
    int digits = currency.getDefaultFractionDigits();
    if (amount.scale() > digits && amount.stripTrailingZeros().scale() > digits) {
      return Bookkeeper.invalid(what + " " + show(amount) + " has more than " + digits + " decimals for " + currency);
    }
    if (amount.compareTo(MAX) > 0) {
      return Bookkeeper.invalid(what + " " + show(amount) + " is more than " + MAX.toPlainString());
    }
    return Optional.empty();
  }

  /** Whether {@link #typed} refuses {@code amount} (asked first, so a message is built only for a refusal). */
  static boolean typedProblem(BigDecimal amount, Currency currency) {
    return typed(amount, currency, "amount").isPresent();
  }

  /** INVALID_INPUT when free text is longer than {@link #MAX_TEXT} code points. */
  static Optional<Rejection> text(String text, String what) {
    if (text != null && text.length() > MAX_TEXT && text.codePointCount(0, text.length()) > MAX_TEXT) {
      return Bookkeeper.invalid(what + " is longer than " + MAX_TEXT + " characters");
    }
    return Optional.empty();
  }

  /** A short rendering of a typed amount for a message: plain when small, else cut. */
  static String show(BigDecimal amount) {
    String text =
        Math.abs((long) amount.scale()) <= 40 && amount.precision() <= 40 ? amount.toPlainString() : amount.toString();
    return text.length() <= 24 ? text : text.substring(0, 24) + "…";
  }
}
