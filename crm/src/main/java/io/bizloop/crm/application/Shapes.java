package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;

import io.bizloop.core.Ids;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.Optional;

/**
 * The shape checks every crm use case runs first (scenario-format.md, "Identifiers and bounds"):
 * each answers an {@code INVALID_INPUT} rejection with a short message, or empty. They never
 * throw, whatever the value, and quote at most a few dozen characters of it.
 */
final class Shapes {

  /** The longest name or free text, in code points. */
  static final int MAX_TEXT = 200;

  /** The largest quantity. */
  static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

  /** The largest unit price. */
  static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("1000000000");

  /** The most decimals of a unit price. */
  static final int UNIT_PRICE_SCALE = 6;

  /** The largest amount a user types, and the largest line amount (quantity × unit price). */
  static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  private Shapes() {}

  static Optional<Rejection> invalid(String message) {
    return Optional.of(Rejection.of(INVALID_INPUT, message));
  }

  static Optional<Rejection> required(Object value, String what) {
    return value == null ? invalid(what + " is missing") : Optional.empty();
  }

  /** A non-blank text of at most {@value #MAX_TEXT} code points. */
  static Optional<Rejection> text(String value, String what) {
    if (value == null) {
      return invalid(what + " is missing");
    }
    if (value.isBlank()) {
      return invalid(what + " is blank");
    }
    return length(value, what);
  }

  /** An optional text: absent, or at most {@value #MAX_TEXT} code points (blank means absent). */
  static Optional<Rejection> optionalText(String value, String what) {
    return value == null ? Optional.empty() : length(value, what);
  }

  /** Every text of an optional collection non-blank and at most {@value #MAX_TEXT} code points. */
  static Optional<Rejection> texts(Collection<String> values, String what) {
    if (values == null) {
      return Optional.empty();
    }
    for (String value : values) {
      Optional<Rejection> bad = text(value, what);
      if (bad.isPresent()) {
        return bad;
      }
    }
    return Optional.empty();
  }

  private static Optional<Rejection> length(String value, String what) {
    if (value.length() > 2 * MAX_TEXT || value.codePointCount(0, value.length()) > MAX_TEXT) {
      return invalid(what + " is longer than " + MAX_TEXT + " characters");
    }
    return Optional.empty();
  }

  /** A positive quantity of at most 1 000 000 000 with at most four decimals. */
  static Optional<Rejection> quantity(BigDecimal value, String what) {
    return positive(value, what, MAX_QUANTITY, Quantity.MAX_SCALE);
  }

  /** A positive unit price of at most 1 000 000 000 with at most six decimals. */
  static Optional<Rejection> unitPrice(BigDecimal value, String what) {
    return positive(value, what, MAX_UNIT_PRICE, UNIT_PRICE_SCALE);
  }

  /** A positive amount of at most 1 000 000 000 000 with at most the currency's decimals. */
  static Optional<Rejection> amount(BigDecimal value, Currency currency, String what) {
    return positive(value, what, MAX_AMOUNT, currency.getDefaultFractionDigits());
  }

  /** An optional credit limit: absent, or 0 ≤ limit ≤ 10¹² with at most the currency's decimals. */
  static Optional<Rejection> creditLimit(BigDecimal value, Currency currency, String what) {
    String problem = value == null ? null : io.bizloop.core.Bounds.nonNegativeAmount(value, currency, what);
    return problem == null ? Optional.empty() : invalid(problem);
  }

  /** Payment terms: a whole number of days from 0 to 3650. */
  static Optional<Rejection> paymentTerms(Integer days, String what) {
    String problem = io.bizloop.core.Bounds.paymentTermsDays(days, what);
    return problem == null ? Optional.empty() : invalid(problem);
  }

  /** An optional line discount: absent, or a percentage 0 ≤ d &lt; 100 with at most 2 decimals. */
  static Optional<Rejection> discount(BigDecimal value, String what) {
    String problem = value == null ? null : io.bizloop.core.Bounds.discount(value, what);
    return problem == null ? Optional.empty() : invalid(problem);
  }

  /** quantity × unit price at most 1 000 000 000 000 (both already within their bounds). */
  static Optional<Rejection> lineAmount(BigDecimal quantity, BigDecimal unitPrice, String what) {
    return quantity.multiply(unitPrice).compareTo(MAX_AMOUNT) > 0
        ? invalid(what + " is more than " + MAX_AMOUNT.toPlainString())
        : Optional.empty();
  }

  private static Optional<Rejection> positive(BigDecimal value, String what, BigDecimal max, int scale) {
    if (value == null) {
      return invalid(what + " is missing");
    }
    if (value.signum() <= 0) {
      return invalid(what + " must be positive, was " + show(value));
    }
    if (value.compareTo(max) > 0) {
      return invalid(what + " " + show(value) + " is more than " + max.toPlainString());
    }
    if (value.scale() > scale && value.stripTrailingZeros().scale() > scale) {
      return invalid(what + " " + show(value) + " has more than " + scale + " decimals");
    }
    return Optional.empty();
  }

  /** A short rendering of a number for a message, whatever its size or scale. */
  static String show(BigDecimal value) {
    return Ids.quote(value.toString());
  }

  /** The first rejection among the checks, in order, or empty. */
  @SafeVarargs
  static Optional<Rejection> first(Optional<Rejection>... checks) {
    for (Optional<Rejection> check : checks) {
      if (check.isPresent()) {
        return check;
      }
    }
    return Optional.empty();
  }

  /** {@code null} for a missing or blank text, else the text. */
  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
