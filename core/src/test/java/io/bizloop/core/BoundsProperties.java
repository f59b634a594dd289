package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The checks of {@link Bounds} against a plain reference model (the bounds written out with
 * ordinary {@code BigDecimal} operations, safe for the small values generated), and the promise
 * that extreme exponents are refused at once.
 */
class BoundsProperties {

  private static final List<Currency> CURRENCIES =
      List.of("CNY", "JPY", "KWD", "EUR").stream().map(Currency::getInstance).toList();

  /** Values around every bound: up to 10 decimals, up to about 2·10^13, both signs, zeros. */
  private static Gen<BigDecimal> values() {
    Gen<Long> unscaled =
        longs().between(-20_000_000_000_000L, 20_000_000_000_000L)
            .mix(longs().between(-20_000, 20_000), 40)
            .mix(longs().between(999_999_990L, 1_000_000_010L), 20);
    return integers().between(-3, 10).zip(unscaled, (scale, u) -> BigDecimal.valueOf(u, scale));
  }

  /** The number of decimals of {@code value} without trailing zeros (the reference, for small values). */
  private static int decimals(BigDecimal value) {
    return value.signum() == 0 ? 0 : Math.max(0, value.stripTrailingZeros().scale());
  }

  private static boolean within(BigDecimal value, BigDecimal min, boolean minInclusive, BigDecimal max, boolean maxInclusive, int maxDecimals) {
    int low = value.compareTo(min);
    int high = value.compareTo(max);
    return (minInclusive ? low >= 0 : low > 0) && (maxInclusive ? high <= 0 : high < 0) && decimals(value) <= maxDecimals;
  }

  @Test
  void quantityChecksAgreeWithTheReference() {
    qt().forAll(values())
        .checkAssert(
            v -> {
              assertThat(Bounds.positiveQuantity(v, "q") == null)
                  .as("positive %s", v)
                  .isEqualTo(within(v, BigDecimal.ZERO, false, Bounds.MAX_QUANTITY, true, 4));
              assertThat(Bounds.nonNegativeQuantity(v, "q") == null)
                  .as("non-negative %s", v)
                  .isEqualTo(within(v, BigDecimal.ZERO, true, Bounds.MAX_QUANTITY, true, 4));
            });
  }

  @Test
  void unitPriceVatRateAndDiscountChecksAgreeWithTheReference() {
    qt().forAll(values())
        .checkAssert(
            v -> {
              assertThat(Bounds.unitPrice(v, "p") == null)
                  .as("unit price %s", v)
                  .isEqualTo(within(v, BigDecimal.ZERO, false, Bounds.MAX_UNIT_PRICE, true, 6));
              assertThat(Bounds.vatRate(v, "r") == null)
                  .as("VAT rate %s", v)
                  .isEqualTo(within(v, BigDecimal.ZERO, true, BigDecimal.ONE, true, 4));
              assertThat(Bounds.discount(v, "d") == null)
                  .as("discount %s", v)
                  .isEqualTo(within(v, BigDecimal.ZERO, true, BigDecimal.valueOf(100), false, 2));
            });
  }

  @Test
  void amountChecksAgreeWithTheReferenceAndWithMoney() {
    qt().forAll(values(), integers().between(0, CURRENCIES.size() - 1))
        .checkAssert(
            (v, c) -> {
              Currency currency = CURRENCIES.get(c);
              int digits = currency.getDefaultFractionDigits();
              boolean positive = within(v, BigDecimal.ZERO, false, Bounds.MAX_AMOUNT, true, digits);
              assertThat(Bounds.positiveAmount(v, currency, "a") == null).as("%s %s", v, currency).isEqualTo(positive);
              assertThat(Bounds.nonNegativeAmount(v, currency, "a") == null)
                  .as("%s %s", v, currency)
                  .isEqualTo(within(v, BigDecimal.ZERO, true, Bounds.MAX_AMOUNT, true, digits));
              if (positive) {
                assertThat(Money.of(v, currency).amount()).isEqualByComparingTo(v);
              }
            });
  }

  @Test
  void lineAmountIsTheProductOfBoundedParts() {
    qt().forAll(values(), values())
        .checkAssert(
            (q, p) -> {
              boolean parts = Bounds.positiveQuantity(q, "q") == null && Bounds.unitPrice(p, "p") == null;
              boolean expected = parts && q.multiply(p).compareTo(Bounds.MAX_AMOUNT) <= 0;
              assertThat(Bounds.lineAmount(q, p, "line") == null).as("%s × %s", q, p).isEqualTo(expected);
            });
  }

  @Test
  void trailingZerosNeverChangeAnAnswer() {
    qt().forAll(values(), integers().between(1, 40))
        .checkAssert(
            (v, zeros) -> {
              BigDecimal padded = v.setScale(v.scale() + zeros);
              assertThat(Bounds.positiveQuantity(padded, "q") == null).isEqualTo(Bounds.positiveQuantity(v, "q") == null);
              assertThat(Bounds.unitPrice(padded, "p") == null).isEqualTo(Bounds.unitPrice(v, "p") == null);
              assertThat(Bounds.vatRate(padded, "r") == null).isEqualTo(Bounds.vatRate(v, "r") == null);
              assertThat(Bounds.discount(padded, "d") == null).isEqualTo(Bounds.discount(v, "d") == null);
              assertThat(Bounds.positiveAmount(padded, CURRENCIES.get(0), "a") == null)
                  .isEqualTo(Bounds.positiveAmount(v, CURRENCIES.get(0), "a") == null);
            });
  }

  @Test
  void tinyValuesOfAnyExponentAreRefusedForTheirDecimalsAtOnce() {
    // 1 to 999 999 times 10^-scale with scale from 20 to the largest int: too many decimals
    Gen<BigDecimal> tiny =
        integers().between(20, Integer.MAX_VALUE).zip(longs().between(1, 999_999), (scale, u) -> BigDecimal.valueOf(u, scale));
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            qt().forAll(tiny)
                .checkAssert(
                    v -> {
                      assertThat(Bounds.positiveQuantity(v, "q")).endsWith("has more than 4 decimals").hasSizeLessThan(60);
                      assertThat(Bounds.unitPrice(v, "p")).endsWith("has more than 6 decimals");
                      assertThat(Bounds.positiveAmount(v, CURRENCIES.get(0), "a")).endsWith("decimals for CNY");
                      assertThat(Bounds.vatRate(v, "r")).endsWith("has more than 4 decimals");
                      assertThat(Bounds.discount(v, "d")).endsWith("has more than 2 decimals");
                      assertThat(Bounds.hasAtMostDecimals(v, 10)).isFalse();
                    }));
  }

  @Test
  void hugeValuesOfAnyExponentAreRefusedAsTooBigAtOnce() {
    // 1 to 999 999 times 10^e with e from 13 to the largest int: beyond every bound
    Gen<BigDecimal> huge =
        integers().between(13, Integer.MAX_VALUE).zip(longs().between(1, 999_999), (e, u) -> new BigDecimal(BigInteger.valueOf(u), -e));
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () ->
            qt().forAll(huge)
                .checkAssert(
                    v -> {
                      assertThat(Bounds.positiveQuantity(v, "q")).endsWith("is more than 1000000000").hasSizeLessThan(60);
                      assertThat(Bounds.unitPrice(v, "p")).endsWith("is more than 1000000000");
                      assertThat(Bounds.positiveAmount(v, CURRENCIES.get(1), "a")).endsWith("is more than 1000000000000");
                      assertThat(Bounds.vatRate(v, "r")).endsWith("is more than 1");
                      assertThat(Bounds.discount(v, "d")).endsWith("must be less than 100");
                      assertThat(Bounds.lineAmount(BigDecimal.ONE, v, "line")).endsWith("is more than 1000000000");
                    }));
  }

  @Test
  void textIsWithinBoundsExactlyUpToTwoHundredCodePoints() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 450))
        .checkAssert(
            s -> assertThat(Bounds.text(s, "note") == null).isEqualTo(s.codePointCount(0, s.length()) <= Bounds.MAX_TEXT_LENGTH));
  }
}
