package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class QuantityProperties {

  private static Gen<BigDecimal> values() {
    return integers().between(0, 4).zip(longs().between(-1_000_000_000L, 1_000_000_000L), (scale, unscaled) -> BigDecimal.valueOf(unscaled, scale));
  }

  @Test
  void numericallyEqualValuesGiveEqualQuantities() {
    qt().forAll(values(), integers().between(0, 6))
        .checkAssert(
            (value, extraZeros) -> {
              Quantity plain = Quantity.of(value, "kg");
              Quantity padded = Quantity.of(value.setScale(value.scale() + extraZeros), "kg");
              assertThat(padded).isEqualTo(plain);
              assertThat(padded.hashCode()).isEqualTo(plain.hashCode());
              assertThat(padded.value().scale()).isBetween(0, Quantity.MAX_SCALE);
            });
  }

  @Test
  void additionAndSubtractionAreExactInverses() {
    qt().forAll(values(), values())
        .checkAssert(
            (a, b) -> {
              Quantity x = Quantity.of(a, "EA");
              Quantity y = Quantity.of(b, "EA");
              assertThat(x.plus(y).minus(y)).isEqualTo(x);
              assertThat(x.plus(y)).isEqualTo(y.plus(x));
              assertThat(x.plus(y).value()).isEqualByComparingTo(a.add(b));
            });
  }
}
