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
 * @param minor the amount in minor units of {@code currency}
 * @param currency the ISO currency
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(currency, "currency");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException("currency " + currency + " has no minor unit");
    }
  }

  /** Zero in {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(0, currency);
  }

  /** An amount given in minor units. */
  public static Money ofMinor(long minor, Currency currency) {
    return new Money(minor, currency);
  }

  /**
   * An exact amount; more decimals than the currency has is refused.
   *
   * @throws IllegalArgumentException when {@code amount} needs more decimals than the currency
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    int digits = currency.getDefaultFractionDigits();
    BigDecimal scaled;
    try {
      scaled = amount.setScale(digits, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          amount.toPlainString() + " has more than " + digits + " decimals for " + currency);
    }
    return new Money(scaled.unscaledValue().longValueExact(), currency);
  }

  /** An exact amount written as text, e.g. {@code Money.of("12.30", "CNY")}. */
  public static Money of(String amount, String currencyCode) {
    return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  /** {@code amount} rounded HALF_UP to the currency's minor unit. */
  public static Money rounded(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    BigDecimal scaled = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_UP);
    return new Money(scaled.unscaledValue().longValueExact(), currency);
  }

  /** The sum of {@code parts}, all in {@code currency}. */
  public static Money sum(Iterable<Money> parts, Currency currency) {
    Money total = zero(currency);
    for (Money part : parts) {
      total = total.plus(part);
    }
    return total;
  }

  /** The amount as a decimal with the currency's scale, e.g. {@code 12.30}. */
  public BigDecimal amount() {
    return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.addExact(minor, other.minor), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(Math.subtractExact(minor, other.minor), currency);
  }

  public Money negate() {
    return new Money(Math.negateExact(minor), currency);
  }

  public Money abs() {
    return minor < 0 ? negate() : this;
  }

  /** This amount times a whole number, exactly. */
  public Money times(long factor) {
    return new Money(Math.multiplyExact(minor, factor), currency);
  }

  /** This amount times a decimal factor, rounded HALF_UP once to the minor unit. */
  public Money times(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor");
    BigDecimal product = BigDecimal.valueOf(minor).multiply(factor).setScale(0, RoundingMode.HALF_UP);
    return new Money(product.longValueExact(), currency);
  }

  /**
   * The part-of-a-whole rule: the share of this (remaining) amount that a part {@code part}
   * of a remaining quantity {@code whole} carries, {@code round(this × part / whole)} HALF_UP.
   * When {@code part} equals {@code whole} the share is this whole amount, so successive
   * shares taken from a shrinking remainder always add up to the whole.
   *
   * @throws IllegalArgumentException when {@code whole} is not positive
   */
  public Money share(BigDecimal part, BigDecimal whole) {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(whole, "whole");
    if (whole.signum() <= 0) {
      throw new IllegalArgumentException("the whole must be positive, was " + whole.toPlainString());
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
   * @throws IllegalArgumentException when a weight is negative or all weights are zero
   */
  public List<Money> allocate(List<BigDecimal> weights) {
    Objects.requireNonNull(weights, "weights");
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (BigDecimal weight : weights) {
      if (weight.signum() < 0) {
        throw new IllegalArgumentException("negative weight " + weight.toPlainString());
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

  public boolean isZero() {
    return minor == 0;
  }

  public boolean isPositive() {
    return minor > 0;
  }

  public boolean isNegative() {
    return minor < 0;
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return Long.compare(minor, other.minor);
  }

  /** The amount as plain text with the currency's decimals, e.g. {@code "-12.30"}. */
  public String toPlainString() {
    return amount().toPlainString();
  }

  @Override
  public String toString() {
    return toPlainString() + " " + currency.getCurrencyCode();
  }

  private void requireSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException("currency mismatch: " + currency + " and " + other.currency);
    }
  }
}
