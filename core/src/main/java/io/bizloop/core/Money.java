package io.bizloop.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * An exact amount of money: a whole number of minor units (cents, fen) of one currency.
 *
 * <p>Invariants: arithmetic never overflows silently ({@link ArithmeticException}); two
 * currencies never mix ({@link IllegalArgumentException}); every rounding is HALF_UP to the
 * currency's minor unit and happens in exactly one named place ({@link #rounded},
 * {@link #times(BigDecimal)}, {@link #share}). There is no {@code double} anywhere.
 *
 * <p>The exact factories ({@link #of(BigDecimal, Currency)} and the text overloads) throw
 * {@link IllegalArgumentException}, and only that, for an amount they refuse: missing, not a
 * number, more decimals than the currency has, or beyond the {@code long} range of minor units.
 * They do not apply the bounds of typed amounts; a domain checks those with
 * {@link Bounds#positiveAmount}.
 *
 * @param minor the amount in minor units of {@code currency}
 * @param currency the ISO currency; it must have a minor unit (0 or more decimals)
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

  /**
   * Checks the currency.
   *
   * @param minor the amount in minor units
   * @param currency the ISO currency
   * @throws IllegalArgumentException when the currency is missing or has no minor unit (such as
   *     {@code XXX})
   */
  public Money {
    if (currency == null) {
      throw new IllegalArgumentException("currency is missing");
    }
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException("currency " + currency + " has no minor unit");
    }
  }

  /**
   * Zero in {@code currency}.
   *
   * @param currency the ISO currency
   * @return no money
   * @throws IllegalArgumentException when the currency is missing or has no minor unit
   */
  public static Money zero(Currency currency) {
    Money last = lastZero;
    if (last != null && last.currency == currency) {
      return last;
    }
    Money zero = new Money(0, currency);
    lastZero = zero;
    return zero;
  }

  /**
   * The zero made last: books hold a zero on every other side of a journal line, in one currency,
   * so the one instance is shared (a racy cache of an immutable value: at worst a new zero).
   */
  private static volatile Money lastZero;

  /**
   * An amount given in minor units, e.g. {@code ofMinor(1230, CNY)} for 12.30 yuan.
   *
   * @param minor the amount in minor units
   * @param currency the ISO currency
   * @return the amount
   * @throws IllegalArgumentException when the currency is missing or has no minor unit
   */
  public static Money ofMinor(long minor, Currency currency) {
    return minor == 0 ? zero(currency) : new Money(minor, currency);
  }

  /**
   * An exact amount; trailing zeros beyond the currency's decimals are accepted, any other
   * decimal beyond them is refused (never rounded).
   *
   * @param amount the amount in the currency's major unit, e.g. {@code 12.30}
   * @param currency the ISO currency
   * @return the amount
   * @throws IllegalArgumentException when the amount or the currency is missing, the currency
   *     has no minor unit, the amount needs more decimals than the currency has (e.g.
   *     {@code amount 1.005 has more than 2 decimals for EUR}), or it is beyond the {@code long}
   *     range of minor units
   */
  public static Money of(BigDecimal amount, Currency currency) {
    if (amount == null) {
      throw new IllegalArgumentException("amount is missing");
    }
    if (currency == null) {
      throw new IllegalArgumentException("currency is missing");
    }
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException("currency " + currency + " has no minor unit");
    }
    if (!Bounds.hasAtMostDecimals(amount, digits)) {
      throw new IllegalArgumentException(
          "amount " + Bounds.show(amount) + " has more than " + digits + " decimals for " + currency);
    }
    // at most 19 digits before the point keeps setScale cheap; longValueExact settles the rest
    if (Decimals.integerDigits(amount) <= 19) {
      BigDecimal scaled = amount.setScale(digits, RoundingMode.UNNECESSARY);
      if (scaled.precision() <= 18) {
        // at most 18 digits: the minor units fit a long, read without a BigInteger
        return new Money(scaled.scaleByPowerOfTen(digits).longValueExact(), currency);
      }
      if (scaled.unscaledValue().bitLength() < Long.SIZE) {
        return new Money(scaled.unscaledValue().longValueExact(), currency);
      }
    }
    throw new IllegalArgumentException("amount " + Bounds.show(amount) + " is too large for " + currency);
  }

  /**
   * An exact amount written as text, e.g. {@code Money.of("12.30", "CNY")}; exponent notation
   * is read exactly ({@code "1.5e2"} is 150.00).
   *
   * @param amount the amount in the currency's major unit
   * @param currencyCode the ISO 4217 code, e.g. {@code "EUR"}
   * @return the amount
   * @throws IllegalArgumentException when the amount is missing, longer than
   *     {@value Bounds#MAX_NUMBER_TEXT_LENGTH} characters or not a decimal number (e.g.
   *     {@code amount "1.0x5" is not a decimal number}), when the code is missing or not an ISO
   *     4217 code, or when the amount is refused as by {@link #of(BigDecimal, Currency)}
   */
  public static Money of(String amount, String currencyCode) {
    BigDecimal exact = Decimals.parse(amount, "amount");
    return of(exact, currency(currencyCode));
  }

  /**
   * An exact amount written as text in {@code currency}, e.g. {@code Money.of("12.30", CNY)}.
   *
   * @param amount the amount in the currency's major unit
   * @param currency the ISO currency
   * @return the amount
   * @throws IllegalArgumentException when the amount is missing, longer than
   *     {@value Bounds#MAX_NUMBER_TEXT_LENGTH} characters or not a decimal number, or is refused
   *     as by {@link #of(BigDecimal, Currency)}
   */
  public static Money of(String amount, Currency currency) {
    return of(Decimals.parse(amount, "amount"), currency);
  }

  /**
   * {@code amount} rounded HALF_UP (away from zero on a tie) to the currency's minor unit: the
   * one rounding of a computed amount. Takes time bounded by the size of {@code amount}, whatever
   * its scale.
   *
   * @param amount the exact amount in the currency's major unit
   * @param currency the ISO currency
   * @return the rounded amount
   * @throws IllegalArgumentException when the amount or the currency is missing, or the currency
   *     has no minor unit
   * @throws ArithmeticException when the rounded amount is beyond the {@code long} range of minor
   *     units
   */
  public static Money rounded(BigDecimal amount, Currency currency) {
    if (amount == null) {
      throw new IllegalArgumentException("amount is missing");
    }
    if (currency == null) {
      throw new IllegalArgumentException("currency is missing");
    }
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      throw new IllegalArgumentException("currency " + currency + " has no minor unit");
    }
    return new Money(Decimals.roundHalfUpToLong(amount.scaleByPowerOfTen(digits)), currency);
  }

  /**
   * The sum of {@code parts}, all in {@code currency}; zero when there are none.
   *
   * @param parts the amounts to add
   * @param currency the currency of the sum and of every part
   * @return the exact sum
   * @throws IllegalArgumentException when a part is in another currency
   * @throws ArithmeticException when the sum overflows the {@code long} range of minor units
   */
  public static Money sum(Iterable<Money> parts, Currency currency) {
    Money total = zero(currency);
    for (Money part : parts) {
      total = total.plus(part);
    }
    return total;
  }

  /**
   * The amount as a decimal with the currency's scale, e.g. {@code 12.30}.
   *
   * @return the amount in the major unit, scale = the currency's decimals
   */
  public BigDecimal amount() {
    return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
  }

  /**
   * The exact sum.
   *
   * @param other an amount in the same currency
   * @return this + other
   * @throws IllegalArgumentException when the currencies differ
   * @throws ArithmeticException when the sum overflows
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    if (other.minor == 0) {
      return this; // the same value: no new instance for the many zeros books add
    }
    if (minor == 0) {
      return other;
    }
    return new Money(Math.addExact(minor, other.minor), currency);
  }

  /**
   * The exact difference.
   *
   * @param other an amount in the same currency
   * @return this − other
   * @throws IllegalArgumentException when the currencies differ
   * @throws ArithmeticException when the difference overflows
   */
  public Money minus(Money other) {
    requireSameCurrency(other);
    if (other.minor == 0) {
      return this;
    }
    return new Money(Math.subtractExact(minor, other.minor), currency);
  }

  /**
   * The same amount with the opposite sign.
   *
   * @return −this
   * @throws ArithmeticException for the most negative {@code long} of minor units
   */
  public Money negate() {
    return new Money(Math.negateExact(minor), currency);
  }

  /**
   * The amount without its sign.
   *
   * @return |this|
   * @throws ArithmeticException for the most negative {@code long} of minor units
   */
  public Money abs() {
    return minor < 0 ? negate() : this;
  }

  /**
   * This amount times a whole number, exactly.
   *
   * @param factor the multiplier
   * @return this × factor
   * @throws ArithmeticException when the product overflows
   */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(minor, factor), currency);
  }

  /**
   * This amount times a decimal factor (a quantity, a rate), rounded HALF_UP once to the minor
   * unit. Takes time bounded by the size of {@code factor}, whatever its scale.
   *
   * @param factor the multiplier
   * @return round(this × factor)
   * @throws ArithmeticException when the product overflows
   * @throws NullPointerException when {@code factor} is null
   */
  public Money times(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    return new Money(Decimals.roundHalfUpToLong(BigDecimal.valueOf(minor).multiply(factor)), currency);
  }

  /**
   * The part-of-a-whole rule: the share of this (remaining) amount that a part {@code part}
   * of a remaining quantity {@code whole} carries, {@code round(this × part / whole)} HALF_UP.
   * When {@code part} equals {@code whole} the share is this whole amount, so successive
   * shares taken from a shrinking remainder always add up to the whole. The rule is meant for
   * {@code part ≤ whole}; the callers refuse more.
   *
   * @param part the part of the quantity, e.g. what is shipped now
   * @param whole the quantity this amount belongs to, e.g. what is left to ship
   * @return the share of this amount
   * @throws IllegalArgumentException when {@code whole} is not positive
   * @throws ArithmeticException when the share overflows
   */
  public Money share(BigDecimal part, BigDecimal whole) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    if (whole.signum() <= 0) {
      throw new IllegalArgumentException("the whole must be positive, was " + Bounds.show(whole));
    }
    if (part.compareTo(whole) == 0) {
      return this;
    }
    BigDecimal exact = BigDecimal.valueOf(minor).multiply(part);
    return new Money(exact.divide(whole, 0, RoundingMode.HALF_UP).longValueExact(), currency);
  }

  /**
   * Splits this amount over {@code weights} by cumulative rounding: the parts up to and including
   * the i-th are {@code round(total × cumulativeWeight_i / totalWeight)} HALF_UP, so the parts add up
   * exactly to this amount and each differs from its exact proportional share by less than one
   * minor unit. With two weights this is the part-of-a-whole rule.
   *
   * @param weights one non-negative weight per part, e.g. the quantities of the lines
   * @return one amount per weight, in the same order, adding up to this amount
   * @throws IllegalArgumentException when a weight is negative or all weights are zero
   */
  public List<Money> allocate(List<BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (BigDecimal weight : weights) {
      if (weight.signum() < 0) {
        throw new IllegalArgumentException("negative weight " + Bounds.show(weight));
      }
      totalWeight = totalWeight.add(weight);
    }
    if (totalWeight.signum() == 0) {
      throw new IllegalArgumentException("the weights add up to zero");
    }
    BigDecimal amount = BigDecimal.valueOf(minor);
    List<Money> parts = new ArrayList<>(weights.size());
    BigDecimal cumulativeWeight = BigDecimal.ZERO;
    long allocated = 0;
    for (BigDecimal weight : weights) {
      cumulativeWeight = cumulativeWeight.add(weight);
      long upToHere =
          cumulativeWeight.compareTo(totalWeight) == 0
              ? minor
              : amount.multiply(cumulativeWeight).divide(totalWeight, 0, RoundingMode.HALF_UP).longValueExact();
      parts.add(new Money(Math.subtractExact(upToHere, allocated), currency));
      allocated = upToHere;
    }
    return List.copyOf(parts);
  }

  /**
   * Whether this is no money.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return minor == 0;
  }

  /**
   * Whether this is above zero.
   *
   * @return true for a positive amount
   */
  public boolean isPositive() {
    return minor > 0;
  }

  /**
   * Whether this is below zero (a credit balance, a refund).
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return minor < 0;
  }

  /**
   * The smaller of two amounts; this one when they are equal.
   *
   * @param other an amount in the same currency
   * @return the smaller
   * @throws IllegalArgumentException when the currencies differ
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * The larger of two amounts; this one when they are equal.
   *
   * @param other an amount in the same currency
   * @return the larger
   * @throws IllegalArgumentException when the currencies differ
   */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Orders amounts of one currency by value.
   *
   * @param other an amount in the same currency
   * @return negative, zero or positive as this is less than, equal to or more than {@code other}
   * @throws IllegalArgumentException when the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  /**
   * The amount as plain text with the currency's decimals, e.g. {@code "-12.30"}.
   *
   * @return the amount's text
   */
  public String toPlainString() {
    int digits = currency.getDefaultFractionDigits();
    if (digits <= 0 || minor == Long.MIN_VALUE) {
      return amount().toPlainString();
    }
    // the same text as amount().toPlainString(), without a BigDecimal: sign, units, point, digits
    long units = Math.abs(minor);
    String text = Long.toString(units);
    StringBuilder out = new StringBuilder(text.length() + digits + 3);
    if (minor < 0) {
      out.append('-');
    }
    int point = text.length() - digits;
    if (point <= 0) {
      out.append("0.");
      for (int i = point; i < 0; i++) {
        out.append('0');
      }
      out.append(text);
    } else {
      out.append(text, 0, point).append('.').append(text, point, text.length());
    }
    return out.toString();
  }

  /**
   * The amount and the currency code, e.g. {@code "12.30 CNY"}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return toPlainString() + " " + currency.getCurrencyCode();
  }

  private static Currency currency(String code) {
    if (code == null) {
      throw new IllegalArgumentException("currency is missing");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency " + Ids.quote(code) + " is not an ISO 4217 code");
    }
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
    }
  }

  /**
   * Equal when amount and currency are (written out: faster than the record's generated
   * equality on the in-memory store's hot paths).
   *
   * @param other another object
   * @return whether it is the same amount of the same currency
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Money that && minor == that.minor && currency.equals(that.currency));
  }

  /**
   * The hash the record would generate.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * Long.hashCode(minor) + currency.hashCode();
  }
}
