package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {

  @Test
  void numericallyEqualQuantitiesAreEqual() {
    // given
    Quantity withZeros = Quantity.of(new BigDecimal("70.00"), "EA");
    Quantity plain = Quantity.of(70);

    // when // then
    assertThat(withZeros).isEqualTo(plain);
    assertThat(withZeros.hashCode()).isEqualTo(plain.hashCode());
    assertThat(withZeros.value().scale()).isZero();
    assertThat(withZeros.toPlainString()).isEqualTo("70");
    assertThat(withZeros).hasToString("70 EA");
  }

  @Test
  void keepsCanonicalFormForZeroFractionsAndPowersOfTen() {
    // given // when // then
    assertThat(Quantity.of("0.000")).isEqualTo(Quantity.zero("EA"));
    assertThat(Quantity.of(new BigDecimal("1E+3"), "EA").toPlainString()).isEqualTo("1000");
    assertThat(Quantity.of("2.50").toPlainString()).isEqualTo("2.5");
  }

  @Test
  void acceptsFourDecimals() {
    // given // when
    Quantity quantity = Quantity.of(new BigDecimal("1.2345"), "kg");

    // then
    assertThat(quantity.value()).isEqualByComparingTo("1.2345");
    assertThat(quantity.unit()).isEqualTo("kg");
  }

  @Test
  void refusesMoreThanFourDecimals() {
    // given
    BigDecimal fiveDecimals = new BigDecimal("1.23456");

    // when // then
    assertThatThrownBy(() -> Quantity.of(fiveDecimals, "kg"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.23456")
        .hasMessageContaining("4 decimals");
  }

  @Test
  void acceptsTrailingZerosBeyondFourDecimals() {
    // given
    BigDecimal paddedValue = new BigDecimal("1.234500");

    // when
    Quantity quantity = Quantity.of(paddedValue, "kg");

    // then
    assertThat(quantity).isEqualTo(Quantity.of(new BigDecimal("1.2345"), "kg"));
  }

  @Test
  void refusesABlankUnitOrMissingValue() {
    // given // when // then
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, " ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.of(null, "EA")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void addsAndSubtractsInOneUnit() {
    // given
    Quantity onHand = Quantity.of("10.5");
    Quantity issued = Quantity.of("0.5");

    // when
    Quantity left = onHand.minus(issued);
    Quantity more = onHand.plus(issued);

    // then
    assertThat(left).isEqualTo(Quantity.of(10));
    assertThat(more).isEqualTo(Quantity.of(11));
    assertThat(issued.minus(onHand).isNegative()).isTrue();
    assertThat(issued.negate()).isEqualTo(Quantity.of("-0.5"));
  }

  @Test
  void refusesToCombineDifferentUnits() {
    // given
    Quantity kilos = Quantity.of(BigDecimal.ONE, "kg");
    Quantity each = Quantity.of(1);

    // when // then
    assertThatThrownBy(() -> kilos.plus(each))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit mismatch");
    assertThatThrownBy(() -> kilos.minus(each)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> kilos.compareTo(each)).isInstanceOf(IllegalArgumentException.class);
    assertThat(kilos).isNotEqualTo(each);
  }

  @Test
  void comparesByValue() {
    // given
    Quantity two = Quantity.of(2);
    Quantity three = Quantity.of("3.0");

    // when // then
    assertThat(two.isLessThan(three)).isTrue();
    assertThat(three.isGreaterThan(two)).isTrue();
    assertThat(two.min(three)).isSameAs(two);
    assertThat(two.max(three)).isSameAs(three);
    assertThat(Quantity.zero("EA").isZero()).isTrue();
    assertThat(two.isPositive()).isTrue();
  }
}
