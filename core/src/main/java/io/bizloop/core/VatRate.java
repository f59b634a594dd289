package io.bizloop.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A value-added-tax rate as a fraction, e.g. {@code 0.13} for 13 %.
 *
 * <p>Invariants: 0 ≤ rate &lt; 10, at most 6 decimals, held in canonical form
 * (no trailing zeros, scale ≥ 0) so numerically equal rates are {@code equals}. The bounds a
 * user's rate must meet are narrower (0 to 1, at most 4 decimals) and checked by
 * {@link Bounds#vatRate}. Per document line: exclusive prices give
 * {@code VAT = round(net × rate)}; inclusive prices give {@code net = round(gross / (1 + rate))}
 * and {@code VAT = gross − net}.
 *
 * <p>The constructor and {@link #of(String)} throw {@link IllegalArgumentException}, and only
 * that, for a rate they refuse; the message is short and says what is wrong.
 *
 * @param rate the fraction
 */
public record VatRate(BigDecimal rate) {

  /** The most decimals a rate may have. */
  private static final int MAX_SCALE = 6;

  /** China's standard rate for goods, 13 %. */
  public static final VatRate STANDARD_CN = new VatRate(new BigDecimal("0.13"));

  /** No VAT: zero-rated or exempt goods; every VAT it computes is zero. */
  public static final VatRate ZERO = new VatRate(BigDecimal.ZERO);

  /**
   * Checks the rate and brings it to canonical form.
   *
   * @param rate the fraction, e.g. {@code 0.13}; trailing zeros are accepted and dropped
   * @throws IllegalArgumentException when the rate is missing, negative, 10 or more, or has more
   *     than 6 decimals
   */
  public VatRate {
    if (rate == null) {
      throw new IllegalArgumentException("VAT rate is missing");
    }
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.TEN) >= 0) {
      throw new IllegalArgumentException("VAT rate " + Bounds.show(rate) + " is outside [0, 10)");
    }
    if (!Bounds.hasAtMostDecimals(rate, MAX_SCALE)) {
      throw new IllegalArgumentException(
          "VAT rate " + Bounds.show(rate) + " has more than " + MAX_SCALE + " decimals");
    }
    rate = Decimals.canonical(rate, MAX_SCALE);
  }

  /**
   * A rate read from text as a fraction, exponent notation included: {@code "0.13"} for 13 %.
   *
   * @param rate the fraction as text
   * @return the rate
   * @throws IllegalArgumentException when the text is missing, longer than
   *     {@value Bounds#MAX_NUMBER_TEXT_LENGTH} characters, a percentage such as {@code "20%"}, or
   *     not a decimal number, or the rate is refused as by the constructor
   */
  public static VatRate of(String rate) {
    if (rate != null && rate.endsWith("%")) {
      throw new IllegalArgumentException(
          "VAT rate " + Ids.quote(rate) + " is not a decimal number: write a fraction, e.g. 0.13 for 13%");
    }
    return new VatRate(Decimals.parse(rate, "VAT rate"));
  }

  /**
   * The VAT on a VAT-exclusive net amount: {@code round(net × rate)}.
   *
   * @param net the amount without VAT
   * @return the VAT, rounded HALF_UP to the minor unit, same currency
   * @throws ArithmeticException when it overflows
   */
  public Money vatOn(Money net) {
    return net.times(rate);
  }

  /**
   * The net part of a VAT-inclusive gross amount: {@code round(gross / (1 + rate))}.
   *
   * @param gross the amount with VAT
   * @return the net, rounded HALF_UP to the minor unit, same currency; the VAT is
   *     {@code gross − net}
   */
  public Money netOf(Money gross) {
    BigDecimal divisor = BigDecimal.ONE.add(rate);
    BigDecimal net = BigDecimal.valueOf(gross.minor()).divide(divisor, 0, RoundingMode.HALF_UP);
    return Money.ofMinor(net.longValueExact(), gross.currency());
  }

  /**
   * The rate as a percentage, e.g. {@code 13} for 0.13.
   *
   * @return the percentage without trailing zeros
   */
  public BigDecimal percent() {
    return rate.multiply(BigDecimal.valueOf(100), MathContext.DECIMAL64).stripTrailingZeros();
  }

  /**
   * The fraction as plain text, e.g. {@code "0.13"}.
   *
   * @return the rate's text
   */
  @Override
  public String toString() {
    return rate.toPlainString();
  }
}
