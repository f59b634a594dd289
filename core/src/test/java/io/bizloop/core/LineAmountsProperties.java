package io.bizloop.core;

import static io.bizloop.core.testing.Generators.CNY;
import static io.bizloop.core.testing.Generators.money;
import static io.bizloop.core.testing.Generators.positiveQuantities;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LineAmountsProperties {

  private static Gen<VatRate> rates() {
    return integers().between(0, 2500).map(basisPoints -> new VatRate(BigDecimal.valueOf(basisPoints, 4)));
  }

  @Test
  void anExclusiveLineRoundsTheNetOnceAndTheVatOnThatNet() {
    qt().forAll(positiveQuantities(10_000), money(CNY, 0, 10_000_000), rates())
        .checkAssert(
            (quantity, unitPrice, rate) -> {
              LineAmounts line = LineAmounts.of(quantity, unitPrice, rate, false);
              BigDecimal net = quantity.value().multiply(unitPrice.amount()).setScale(2, RoundingMode.HALF_UP);
              assertThat(line.net().amount()).isEqualByComparingTo(net);
              assertThat(line.vat().amount()).isEqualByComparingTo(net.multiply(rate.rate()).setScale(2, RoundingMode.HALF_UP));
            });
  }

  @Test
  void anInclusiveLineSplitsTheRoundedGrossExactlyIntoNetAndVat() {
    qt().forAll(positiveQuantities(10_000), money(CNY, 0, 10_000_000), rates())
        .checkAssert(
            (quantity, unitPrice, rate) -> {
              LineAmounts line = LineAmounts.of(quantity, unitPrice, rate, true);
              BigDecimal gross = quantity.value().multiply(unitPrice.amount()).setScale(2, RoundingMode.HALF_UP);
              assertThat(line.gross().amount()).isEqualByComparingTo(gross);
              assertThat(line.net().amount())
                  .isEqualByComparingTo(gross.divide(BigDecimal.ONE.add(rate.rate()), 2, RoundingMode.HALF_UP));
              assertThat(line.vat().isNegative()).isFalse();
              assertThat(line.net().compareTo(line.gross())).isLessThanOrEqualTo(0);
            });
  }

  @Test
  void sharesOfALineTakenUnitByUnitAddUpToTheLine() {
    qt().forAll(money(CNY, 0, 100_000_000), money(CNY, 0, 10_000_000), integers().between(1, 50))
        .checkAssert(
            (net, vat, units) -> {
              LineAmounts line = new LineAmounts(net, vat);
              LineAmounts remaining = line;
              LineAmounts taken = LineAmounts.zero(CNY);
              for (int left = units; left > 0; left--) {
                LineAmounts share = remaining.share(Quantity.of(1), Quantity.of(left));
                taken = taken.plus(share);
                remaining = remaining.minus(share);
              }
              assertThat(taken).isEqualTo(line);
              assertThat(remaining.isZero()).isTrue();
            });
  }
}
