package io.bizloop.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The bounds every value a user types must meet (scenario-format.md, "Identifiers and bounds"),
 * as constants and as checks.
 *
 * <p>Each check answers a short message saying what is wrong, or {@code null} when the value is
 * within bounds; a caller turns a message into an {@code INVALID_INPUT} rejection. A check never
 * throws, whatever it is given: {@code null} is "missing", and a number's scale and precision are
 * looked at before anything whose cost grows with them ({@code toPlainString},
 * {@code stripTrailingZeros}, {@code setScale}), so {@code 1e-999999999} (too many decimals) and
 * {@code 1e999999999} (too big) are refused in microseconds. Messages start with the caller's
 * name for the value ({@code what}) and show at most a few dozen characters of it
 * ({@link #show(BigDecimal)}).
 *
 * <p>Decimals are counted on the exact value, trailing zeros aside: {@code 2.500000} has one
 * decimal, {@code 25E-1} too.
 */
public final class Bounds {

  /** The largest quantity (of a document line, a transfer, a count, a policy), inclusive. */
  public static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000_000L);

  /** The most decimals a quantity may have; the same as {@link Quantity#MAX_SCALE}. */
  public static final int MAX_QUANTITY_DECIMALS = Quantity.MAX_SCALE;

  /** The largest unit price or unit cost, inclusive, in the currency's major unit. */
  public static final BigDecimal MAX_UNIT_PRICE = BigDecimal.valueOf(1_000_000_000L);

  /** The most decimals a unit price or unit cost may have. */
  public static final int MAX_UNIT_PRICE_DECIMALS = 6;

  /**
   * The largest amount, inclusive, in the currency's major unit: of an amount the user types
   * (payment, journal line, opportunity amount, credit limit) and of a document line
   * (quantity × unit price or cost as typed, before any discount).
   */
  public static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000_000L);

  /** The largest VAT rate, inclusive, as a fraction: 1 is 100 %. The smallest is 0. */
  public static final BigDecimal MAX_VAT_RATE = BigDecimal.ONE;

  /** The most decimals a VAT rate may have, e.g. {@code 0.0925}. */
  public static final int MAX_VAT_RATE_DECIMALS = 4;

  /** The bound a discount percentage must stay below (exclusive): a discount is 0 ≤ d &lt; 100. */
  public static final BigDecimal DISCOUNT_LIMIT = BigDecimal.valueOf(100);

  /** The longest payment terms, in days (ten years). */
  public static final int MAX_PAYMENT_TERMS_DAYS = 3650;

  /** The most decimals a discount percentage may have, e.g. {@code 12.5}. */
  public static final int MAX_DISCOUNT_DECIMALS = 2;

  /** The longest name or free text (memo, subject, note, reason), in Unicode code points. */
  public static final int MAX_TEXT_LENGTH = 200;

  /** The longest unit of measure, in code points; the same as {@link Quantity#MAX_UNIT_LENGTH}. */
  public static final int MAX_UOM_LENGTH = Quantity.MAX_UNIT_LENGTH;

  /**
   * The longest text read as a number by the text factories ({@link Money#of(String, String)},
   * {@link Quantity#of(String)}, {@link VatRate#of(String)}), in characters; it keeps parsing
   * bounded and is far beyond what any value within the bounds needs.
   */
  public static final int MAX_NUMBER_TEXT_LENGTH = 100;

  /** Precision up to which {@link #show(BigDecimal)} prints a value in full. */
  private static final int SHOWN_DIGITS = 24;

  /** Precision up to which {@link #show(BigDecimal)} prints a value's leading digits. */
  private static final int MAX_ROUNDED_DIGITS = 1000;

  private Bounds() {}

  /**
   * Checks a quantity that must be positive: {@code 0 < value ≤ }{@link #MAX_QUANTITY}, at most
   * {@link #MAX_QUANTITY_DECIMALS} decimals.
   *
   * @param value the quantity (may be null)
   * @param what names it in the message, e.g. {@code "qty"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String positiveQuantity(BigDecimal value, String what) {
    if (value != null && value.signum() <= 0) {
      return what + " " + show(value) + " must be positive";
    }
    return nonNegativeQuantity(value, what);
  }

  /**
   * Checks a quantity that may be zero: {@code 0 ≤ value ≤ }{@link #MAX_QUANTITY}, at most
   * {@link #MAX_QUANTITY_DECIMALS} decimals.
   *
   * @param value the quantity (may be null)
   * @param what names it in the message, e.g. {@code "counted"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String nonNegativeQuantity(BigDecimal value, String what) {
    return decimal(value, what, false, MAX_QUANTITY, MAX_QUANTITY_DECIMALS);
  }

  /**
   * Checks a unit price or unit cost: {@code 0 < value ≤ }{@link #MAX_UNIT_PRICE}, at most
   * {@link #MAX_UNIT_PRICE_DECIMALS} decimals.
   *
   * @param value the price in the currency's major unit (may be null)
   * @param what names it in the message, e.g. {@code "unitPrice"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String unitPrice(BigDecimal value, String what) {
    if (value != null && value.signum() <= 0) {
      return what + " " + show(value) + " must be positive";
    }
    return decimal(value, what, false, MAX_UNIT_PRICE, MAX_UNIT_PRICE_DECIMALS);
  }

  /**
   * Checks the amount of a document line, {@code quantity × unitPrice} as typed (before any
   * discount): at most {@link #MAX_AMOUNT}. The parts are checked first, by
   * {@link #positiveQuantity} and {@link #unitPrice}, and their problem is answered when they
   * have one, so that the product is only ever taken of bounded values.
   *
   * @param quantity the line's quantity (may be null)
   * @param unitPrice the line's unit price or unit cost (may be null)
   * @param what names the line in the message, e.g. {@code "line 2"}
   * @return a short message saying what is wrong, or {@code null} when the line is within bounds
   */
  public static String lineAmount(BigDecimal quantity, BigDecimal unitPrice, String what) {
    String problem = positiveQuantity(quantity, what + " qty");
    if (problem == null) {
      problem = unitPrice(unitPrice, what + " unit price");
    }
    if (problem != null) {
      return problem;
    }
    BigDecimal amount = quantity.multiply(unitPrice);
    if (amount.compareTo(MAX_AMOUNT) > 0) {
      return what + " amount " + show(amount) + " is more than " + MAX_AMOUNT.toPlainString();
    }
    return null;
  }

  /**
   * Checks an amount of money the user typed that must be positive (a payment, a journal line,
   * an opportunity amount): {@code 0 < value ≤ }{@link #MAX_AMOUNT}, at most the currency's
   * decimals.
   *
   * @param value the amount in the currency's major unit (may be null)
   * @param currency the currency, which fixes the decimals (may be null: then "missing")
   * @param what names it in the message, e.g. {@code "amount"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String positiveAmount(BigDecimal value, Currency currency, String what) {
    if (value != null && value.signum() <= 0) {
      return what + " " + show(value) + " must be positive";
    }
    return nonNegativeAmount(value, currency, what);
  }

  /**
   * Checks an amount of money the user typed that may be zero (a credit limit):
   * {@code 0 ≤ value ≤ }{@link #MAX_AMOUNT}, at most the currency's decimals.
   *
   * @param value the amount in the currency's major unit (may be null)
   * @param currency the currency, which fixes the decimals (may be null: then "missing")
   * @param what names it in the message, e.g. {@code "limit"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String nonNegativeAmount(BigDecimal value, Currency currency, String what) {
    if (currency == null) {
      return "currency of " + what + " is missing";
    }
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      return "currency " + currency.getCurrencyCode() + " has no minor unit";
    }
    String problem = decimal(value, what, false, MAX_AMOUNT, Integer.MAX_VALUE);
    if (problem == null && !hasAtMostDecimals(value, digits)) {
      return what + " " + show(value) + " has more than " + digits + " decimals for " + currency.getCurrencyCode();
    }
    return problem;
  }

  /**
   * Checks a VAT rate (of the company or of a product) as a fraction:
   * {@code 0 ≤ value ≤ }{@link #MAX_VAT_RATE}, at most {@link #MAX_VAT_RATE_DECIMALS} decimals.
   *
   * @param value the rate, e.g. {@code 0.13} for 13 % (may be null)
   * @param what names it in the message, e.g. {@code "vatRate"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String vatRate(BigDecimal value, String what) {
    return decimal(value, what, false, MAX_VAT_RATE, MAX_VAT_RATE_DECIMALS);
  }

  /**
   * Checks a discount percentage of a sales line: {@code 0 ≤ value < }{@link #DISCOUNT_LIMIT},
   * at most {@link #MAX_DISCOUNT_DECIMALS} decimals.
   *
   * @param value the percentage, e.g. {@code 12.5} (may be null)
   * @param what names it in the message, e.g. {@code "discount"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String discount(BigDecimal value, String what) {
    return decimal(value, what, true, DISCOUNT_LIMIT, MAX_DISCOUNT_DECIMALS);
  }

  /**
   * Checks payment terms in days: a whole number from 0 to {@link #MAX_PAYMENT_TERMS_DAYS}.
   *
   * @param days the terms (may be null: then "missing")
   * @param what names it in the message, e.g. {@code "payment terms"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String paymentTermsDays(Integer days, String what) {
    if (days == null) {
      return what + " is missing";
    }
    if (days < 0 || days > MAX_PAYMENT_TERMS_DAYS) {
      return what + " " + days + " is not a whole number of days from 0 to " + MAX_PAYMENT_TERMS_DAYS;
    }
    return null;
  }

  /**
   * Checks a name or free text (memo, subject, note, reason): at most {@link #MAX_TEXT_LENGTH}
   * Unicode code points of any kind (an empty text is within bounds). A caller for which the
   * text is optional checks only a present one.
   *
   * @param value the text (may be null: then "missing")
   * @param what names it in the message, e.g. {@code "name"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String text(String value, String what) {
    if (value == null) {
      return what + " is missing";
    }
    if (value.length() > 2 * MAX_TEXT_LENGTH || value.codePointCount(0, value.length()) > MAX_TEXT_LENGTH) {
      return what + " is longer than " + MAX_TEXT_LENGTH + " characters";
    }
    return null;
  }

  /**
   * Checks a unit of measure: the id rule of {@link Ids} (no control character, no lone
   * surrogate, no outer white space) with 1 to {@link #MAX_UOM_LENGTH} code points.
   *
   * @param value the unit, e.g. {@code "kg"} (may be null: then "missing")
   * @param what names it in the message, e.g. {@code "uom"}
   * @return a short message saying what is wrong, or {@code null} when it is within bounds
   */
  public static String uom(String value, String what) {
    return Ids.problem(value, what, MAX_UOM_LENGTH);
  }

  /**
   * Whether a value has at most {@code maxDecimals} decimals once trailing zeros are ignored
   * ({@code 1.2300} has two). Never rescales a value by more than its own number of digits, so
   * {@code 1e-999999999} is answered at once.
   *
   * @param value the value (null has none)
   * @param maxDecimals the most decimals allowed, 0 or more
   * @return true when the value is exactly a multiple of {@code 10^-maxDecimals}
   */
  public static boolean hasAtMostDecimals(BigDecimal value, int maxDecimals) {
    if (value == null || value.scale() <= maxDecimals || value.signum() == 0) {
      return true;
    }
    long excess = (long) value.scale() - maxDecimals;
    if (excess >= value.precision()) {
      return false; // a non-zero whole number of p digits ends in fewer than p zeros
    }
    BigInteger unscaled = value.unscaledValue();
    if (unscaled.getLowestSetBit() < excess) {
      return false; // not even a multiple of 2^excess, so not of 10^excess
    }
    return unscaled.mod(BigInteger.TEN.pow((int) excess)).signum() == 0;
  }

  /**
   * A value as a short text for a message: in full ({@code "12.345"}) while it has at most a
   * couple of dozen digits and a moderate exponent, in exponent notation when the exponent is
   * large ({@code "1E-999999999"}), cut to its leading digits with an ellipsis when it has more
   * digits ({@code "1.2345678901234567890…E+30"}), and only described when it has more than a
   * thousand ({@code "a number of 200001 digits"}). Never longer than a few dozen characters;
   * its cost is at most that of reading the value's digits.
   *
   * @param value the value (may be null)
   * @return the short text; {@code "null"} for null
   */
  public static String show(BigDecimal value) {
    if (value == null) {
      return "null";
    }
    int precision = value.precision();
    if (precision <= SHOWN_DIGITS) {
      int scale = value.scale();
      return scale >= -6 && scale <= SHOWN_DIGITS ? value.toPlainString() : value.toString();
    }
    if (precision > MAX_ROUNDED_DIGITS) {
      return "a number of " + precision + " digits";
    }
    String head = value.round(new MathContext(SHOWN_DIGITS - 4, RoundingMode.DOWN)).toString();
    int exponent = head.indexOf('E');
    return exponent < 0 ? head + "…" : head.substring(0, exponent) + "…" + head.substring(exponent);
  }

  /**
   * The shared check: present, not negative, at most {@code maxDecimals} decimals, then at most
   * {@code max} (or below it when {@code maxExclusive}).
   */
  private static String decimal(BigDecimal value, String what, boolean maxExclusive, BigDecimal max, int maxDecimals) {
    if (value == null) {
      return what + " is missing";
    }
    if (value.signum() < 0) {
      return what + " " + show(value) + " must not be negative";
    }
    if (!hasAtMostDecimals(value, maxDecimals)) {
      return what + " " + show(value) + " has more than " + maxDecimals + " decimals";
    }
    // integerDigits is cheap; it settles values far out of range before any comparison
    boolean beyond =
        Decimals.integerDigits(value) > Decimals.integerDigits(max)
            || (maxExclusive ? value.compareTo(max) >= 0 : value.compareTo(max) > 0);
    if (beyond) {
      return what + " " + show(value) + (maxExclusive ? " must be less than " : " is more than ") + max.toPlainString();
    }
    return null;
  }
}
