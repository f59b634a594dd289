package io.bizloop.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A value-added-tax rate as a fraction, e.g. {@code 0.13} for 13 %.
 *
 * <p>Invariants: 0 ≤ rate &lt; 10, at most six decimals. Per document line: exclusive prices give
 * {@code VAT = round(net × rate)}; inclusive prices give {@code net = round(gross / (1 + rate))}
 * and {@code VAT = gross − net}.
 *
 * @param rate the fraction
 */
public record VatRate(BigDecimal rate) {

  /** China's standard rate for goods, 13 %. */
  public static final VatRate STANDARD_CN = new VatRate(new BigDecimal("0.13"));

  public static final VatRate ZERO = new VatRate(BigDecimal.ZERO);

  public VatRate {
    Objects.requireNonNull(rate, "rate");
    if (rate.signum() < 0 || rate.compareTo(BigDecimal.TEN) >= 0) {
      throw new IllegalArgumentException("VAT rate " + rate.toPlainString() + " is outside [0, 10)");
    }
    rate = rate.signum() == 0 ? BigDecimal.ZERO : rate.stripTrailingZeros();
    if (rate.scale() > 6) {
      throw new IllegalArgumentException("VAT rate " + rate.toPlainString() + " has more than 6 decimals");
    }
    if (rate.scale() < 0) {
      rate = rate.setScale(0);
    }
  }

  public static VatRate of(String rate) {
    return new VatRate(new BigDecimal(rate));
  }

  /** The VAT on a VAT-exclusive net amount: {@code round(net × rate)}. */
  public Money vatOn(Money net) {
    return net.times(rate);
  }

  /** The net part of a VAT-inclusive gross amount: {@code round(gross / (1 + rate))}. */
  public Money netOf(Money gross) {
    BigDecimal divisor = BigDecimal.ONE.add(rate);
    BigDecimal net = BigDecimal.valueOf(gross.minor()).divide(divisor, 0, RoundingMode.HALF_UP);
    return Money.ofMinor(net.longValueExact(), gross.currency());
  }

  /** The rate as a percentage, e.g. {@code 13}. */
  public BigDecimal percent() {
    return rate.multiply(BigDecimal.valueOf(100), MathContext.DECIMAL64).stripTrailingZeros();
  }

  @Override
  public String toString() {
    return rate.toPlainString();
  }
}
