package io.bizloop.core;

import static io.bizloop.core.testing.Generators.CNY;
import static io.bizloop.core.testing.Generators.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MoneyProperties {

  /** Minor units within which sums of a few amounts stay far inside the long range. */
  private static final long BOUND = 1_000_000_000_000L;

  private static final List<Currency> CURRENCIES =
      List.of("CNY", "USD", "EUR", "JPY", "GBP", "KWD").stream().map(Currency::getInstance).toList();

  /** Non-negative weights with up to four decimals, at least one of them positive. */
  private static Gen<List<BigDecimal>> weights() {
    Gen<BigDecimal> weight =
        integers().between(0, 4).zip(integers().between(0, 100_000), (scale, unscaled) -> BigDecimal.valueOf(unscaled, scale));
    return lists().of(weight).ofSizeBetween(1, 12).assuming(ws -> ws.stream().anyMatch(w -> w.signum() > 0));
  }

  /** Positive part quantities (up to four decimals), in the order they are taken. */
  private static Gen<List<BigDecimal>> parts() {
    Gen<BigDecimal> part =
        integers().between(0, 4).zip(integers().between(1, 100_000), (scale, unscaled) -> BigDecimal.valueOf(unscaled, scale));
    return lists().of(part).ofSizeBetween(1, 15);
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void additionIsExact() {
    qt().forAll(cny(BOUND), cny(BOUND))
        .checkAssert(
            (a, b) -> {
              Money sum = a.plus(b);
              assertThat(sum.minor()).isEqualTo(a.minor() + b.minor());
              assertThat(sum.amount()).isEqualByComparingTo(a.amount().add(b.amount()));
              assertThat(sum.minus(b)).isEqualTo(a);
            });
  }

  @Test
  void additionIsCommutative() {
    qt().forAll(cny(BOUND), cny(BOUND)).check((a, b) -> a.plus(b).equals(b.plus(a)));
  }

  @Test
  void additionIsAssociative() {
    qt().forAll(cny(BOUND), cny(BOUND), cny(BOUND))
        .check((a, b, c) -> a.plus(b).plus(c).equals(a.plus(b.plus(c))));
  }

  @Test
  void zeroIsNeutralAndNegatingTwiceIsIdentity() {
    qt().forAll(longs().between(Long.MIN_VALUE + 1, Long.MAX_VALUE).map(minor -> Money.ofMinor(minor, CNY)))
        .checkAssert(
            a -> {
              assertThat(a.negate().negate()).isEqualTo(a);
              assertThat(a.plus(a.negate()).isZero()).isTrue();
              assertThat(a.plus(Money.zero(CNY))).isEqualTo(a);
            });
  }

  @Test
  void mismatchedCurrenciesNeverAdd() {
    Gen<Currency> currencies = integers().between(0, CURRENCIES.size() - 1).map(CURRENCIES::get);
    qt().forAll(longs().between(-BOUND, BOUND), currencies, longs().between(-BOUND, BOUND), currencies)
        .assuming((a, ca, b, cb) -> !ca.equals(cb))
        .checkAssert(
            (a, ca, b, cb) -> {
              Money x = Money.ofMinor(a, ca);
              Money y = Money.ofMinor(b, cb);
              assertThatThrownBy(() -> x.plus(y)).isInstanceOf(IllegalArgumentException.class);
              assertThatThrownBy(() -> x.minus(y)).isInstanceOf(IllegalArgumentException.class);
              assertThatThrownBy(() -> x.compareTo(y)).isInstanceOf(IllegalArgumentException.class);
            });
  }

  @Test
  void timesADecimalRoundsHalfUpOnce() {
    Gen<BigDecimal> factors =
        integers().between(0, 6).zip(longs().between(-10_000_000, 10_000_000), (scale, unscaled) -> BigDecimal.valueOf(unscaled, scale));
    qt().forAll(cny(BOUND / 1000), factors)
        .checkAssert(
            (a, factor) -> {
              BigDecimal exact = a.amount().multiply(factor);
              assertThat(a.times(factor).amount()).isEqualByComparingTo(exact.setScale(2, RoundingMode.HALF_UP));
            });
  }

  @Test
  void shareIsTheProportionRoundedHalfUp() {
    Gen<BigDecimal> wholes =
        integers().between(0, 4).zip(integers().between(1, 1_000_000), (scale, unscaled) -> BigDecimal.valueOf(unscaled, scale));
    Gen<BigDecimal> fractions = integers().between(0, 10_000).map(n -> BigDecimal.valueOf(n, 4));
    qt().forAll(cny(BOUND), wholes, fractions)
        .checkAssert(
            (amount, whole, fraction) -> {
              BigDecimal part = whole.multiply(fraction).setScale(4, RoundingMode.DOWN);
              Money share = amount.share(part, whole);

              // oracle: 2·|exact − share| ≤ 1 in minor units, and a tie goes away from zero
              BigInteger scaledMinor = BigInteger.valueOf(amount.minor()).multiply(part.unscaledValue()).multiply(BigInteger.TEN.pow(whole.scale()));
              BigInteger scaledWhole = whole.unscaledValue().multiply(BigInteger.TEN.pow(part.scale()));
              BigInteger twiceDiff = BigInteger.valueOf(share.minor()).multiply(scaledWhole).subtract(scaledMinor).shiftLeft(1);
              int tie = twiceDiff.abs().compareTo(scaledWhole);
              assertThat(tie).isLessThanOrEqualTo(0);
              if (tie == 0) {
                assertThat(twiceDiff.signum()).isEqualTo(amount.minor() < 0 ? -1 : 1);
              }
              assertThat(share.amount())
                  .isEqualByComparingTo(amount.amount().multiply(part).divide(whole, 2, RoundingMode.HALF_UP));
            });
  }

  @Test
  void successiveSharesFromAShrinkingRemainderAddUpToTheWholeInAnyOrder() {
    qt().forAll(cny(BOUND), parts(), longs().all())
        .checkAssert(
            (total, parts, shuffleSeed) -> {
              List<BigDecimal> shuffled = new ArrayList<>(parts);
              Collections.shuffle(shuffled, new Random(shuffleSeed));
              for (List<BigDecimal> order : List.of(parts, shuffled)) {
                Money remaining = total;
                BigDecimal remainingQuantity = sum(order);
                Money taken = Money.zero(CNY);
                for (BigDecimal part : order) {
                  Money share = remaining.share(part, remainingQuantity);
                  assertThat(share.abs()).isLessThanOrEqualTo(remaining.abs());
                  taken = taken.plus(share);
                  remaining = remaining.minus(share);
                  remainingQuantity = remainingQuantity.subtract(part);
                  assertThat(Long.signum(remaining.minor())).isIn(0, Long.signum(total.minor()));
                }
                assertThat(remaining.isZero()).isTrue();
                assertThat(taken).isEqualTo(total);
              }
            });
  }

  @Test
  void allocatedPartsAlwaysSumToTheTotal() {
    qt().forAll(cny(BOUND), weights())
        .checkAssert(
            (total, weights) -> {
              List<Money> parts = total.allocate(weights);
              assertThat(parts).hasSameSizeAs(weights);
              assertThat(Money.sum(parts, CNY)).isEqualTo(total);
              for (int i = 0; i < weights.size(); i++) {
                if (weights.get(i).signum() == 0) {
                  assertThat(parts.get(i).isZero()).isTrue();
                }
              }
            });
  }

  @Test
  void eachAllocatedPartIsWithinOneMinorUnitOfItsExactShare() {
    qt().forAll(cny(BOUND), weights())
        .checkAssert(
            (total, weights) -> {
              List<Money> parts = total.allocate(weights);
              BigDecimal sumOfWeights = sum(weights);
              for (int i = 0; i < weights.size(); i++) {
                BigDecimal exactMinor =
                    BigDecimal.valueOf(total.minor()).multiply(weights.get(i)).divide(sumOfWeights, 20, RoundingMode.HALF_EVEN);
                BigDecimal off = BigDecimal.valueOf(parts.get(i).minor()).subtract(exactMinor).abs();
                assertThat(off).as("part %d of %s over %s: %s", i, total, weights, parts).isLessThan(BigDecimal.ONE);
              }
            });
  }

  @Test
  void itsPlainTextIsTheTextOfItsAmountForEveryAmountAndCurrency() {
    java.util.List<java.util.Currency> currencies = java.util.List.of(
        java.util.Currency.getInstance("CNY"), java.util.Currency.getInstance("JPY"), java.util.Currency.getInstance("BHD"));
    qt().forAll(longs().all(), integers().between(0, 2))
        .checkAssert((minor, which) -> {
          Money money = Money.ofMinor(minor, currencies.get(which));
          assertThat(money.toPlainString()).isEqualTo(money.amount().toPlainString());
        });
    for (long edge : new long[] {0, 1, -1, 9, -9, 10, -10, 99, -99, 100, -100, 1000, -1000, Long.MAX_VALUE, Long.MIN_VALUE}) {
      for (java.util.Currency currency : currencies) {
        Money money = Money.ofMinor(edge, currency);
        assertThat(money.toPlainString()).as("%s %s", edge, currency).isEqualTo(money.amount().toPlainString());
      }
    }
  }
}
