package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

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
    assertThatThrownBy(() -> Quantity.of((BigDecimal) null, "EA"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity is missing");
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

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1e-999999999 | quantity 1E-999999999 has more than 4 decimals",
        "-1e-999999999 | quantity -1E-999999999 has more than 4 decimals",
        "1e999999999 | quantity 1E+999999999 is too big: at most 30 digits before the point",
        "1.0x5 | quantity \"1.0x5\" is not a decimal number",
        "20% | quantity \"20%\" is not a decimal number",
        "'' | quantity \"\" is not a decimal number",
        "' 1' | quantity \" 1\" is not a decimal number",
        "1e9999999999 | quantity \"1e9999999999\" is not a decimal number",
        "1.00001 | quantity 1.00001 has more than 4 decimals"
      })
  void textThatIsNotAQuantityIsRefusedWithOneShortMessage(String text, String message) {
    // given // when // then
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> assertThatThrownBy(() -> Quantity.of(text)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message));
  }

  @ParameterizedTest
  @NullSource
  void missingTextIsRefused(String text) {
    // given // when // then
    assertThatThrownBy(() -> Quantity.of(text)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("quantity is missing");
  }

  @Test
  void readsExponentNotationExactly() {
    // given // when // then
    assertThat(Quantity.of("1e3")).isEqualTo(Quantity.of(1000));
    assertThat(Quantity.of("25E-1").toPlainString()).isEqualTo("2.5");
    assertThat(Quantity.of("1.5000000000000000000000000000000000000000e0")).isEqualTo(Quantity.of("1.5"));
    assertThat(Quantity.of("0e-999999999")).isEqualTo(Quantity.zero("EA"));
    assertThat(Quantity.of("0e999999999")).isEqualTo(Quantity.zero("EA"));
  }

  @Test
  void refusesTextLongerThanTheBoundWithoutQuotingIt() {
    // given
    String longText = "1" + "0".repeat(200_000);

    // when // then
    assertThatThrownBy(() -> Quantity.of(longText))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("longer than " + Bounds.MAX_NUMBER_TEXT_LENGTH + " characters")
        .message()
        .hasSizeLessThan(100);
  }

  @Test
  void valuesOfManyDigitsCostLittleAndMessagesStayShort() {
    // given: one followed by 20 000 zeros, and 1.000…0 with 20 000 decimal zeros
    BigDecimal huge = new BigDecimal(BigInteger.TEN.pow(20_000));
    BigDecimal oneWithZeros = new BigDecimal(BigInteger.TEN.pow(20_000), 20_000);
    BigDecimal longFraction = new BigDecimal(BigInteger.TEN.pow(20_000).add(BigInteger.ONE), 20_000);

    // when // then
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThatThrownBy(() -> Quantity.of(huge, "EA")).message().hasSizeLessThan(100);
          assertThat(Quantity.of(oneWithZeros, "EA")).isEqualTo(Quantity.of(1));
          assertThatThrownBy(() -> Quantity.of(longFraction, "EA")).message().hasSizeLessThan(100).contains("4 decimals");
        });
  }

  @Test
  void acceptsQuantitiesUpToThirtyDigitsBeforeThePoint() {
    // given
    BigDecimal largest = new BigDecimal("9".repeat(30) + ".9999");

    // when
    Quantity quantity = Quantity.of(largest, "EA");

    // then
    assertThat(quantity.value()).isEqualByComparingTo(largest);
    assertThat(quantity.negate().toPlainString()).hasSize(36);
    assertThatThrownBy(() -> quantity.plus(Quantity.of("0.0001"))).isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wholeNumbersTakeTheShortPathWithTheSameRules() {
    // given: whole values of scale 0, as most quantities are
    BigDecimal thirtyDigits = new BigDecimal("9".repeat(30));
    BigDecimal thirtyOneDigits = new BigDecimal("1" + "0".repeat(30));

    // then: canonical as they are, equal to the same value written otherwise, bounded as before
    assertThat(Quantity.of(new BigDecimal("700"), "EA")).isEqualTo(Quantity.of("7E+2")).isEqualTo(Quantity.of("700.000"));
    assertThat(Quantity.of(new BigDecimal("700"), "EA").value().scale()).isZero();
    assertThat(Quantity.of(BigDecimal.ZERO, "EA").value()).isSameAs(BigDecimal.ZERO);
    assertThat(Quantity.of(new BigDecimal("-0"), "EA").isZero()).isTrue();
    assertThat(Quantity.of(thirtyDigits, "EA").value()).isEqualTo(thirtyDigits);
    assertThatThrownBy(() -> Quantity.of(thirtyOneDigits, "EA"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 30 digits before the point");
    assertThatThrownBy(() -> Quantity.of(thirtyDigits, "EA").plus(Quantity.of(1)))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aUnitIsCheckedWhateverUnitWasCheckedBefore() {
    // given: a good unit checked just before (the last one is remembered by identity)
    String kg = new String("kg");
    Quantity.of(BigDecimal.ONE, kg);

    // then: bad units are still refused, an equal text in another string is accepted
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, " kg")).isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, "k\u0000g")).isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, (String) null)).isExactlyInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Quantity.of(BigDecimal.ONE, "x".repeat(Quantity.MAX_UNIT_LENGTH + 1)))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThat(Quantity.of(BigDecimal.ONE, new String("kg")).plus(Quantity.of(BigDecimal.ONE, kg)))
        .isEqualTo(Quantity.of(new BigDecimal("2"), "kg"));
  }

  @Test
  void sharedZerosAndSmallQuantitiesKeepTheirUnitAndValue() {
    // when: zeros of several units in turn, small whole quantities, sums with zero
    Quantity kg = Quantity.zero("kg");
    Quantity litre = Quantity.zero("l");
    Quantity kgAgain = Quantity.zero(new String("kg"));
    Quantity each = Quantity.zero(Quantity.EACH);

    // then
    assertThat(kg.unit()).isEqualTo("kg");
    assertThat(litre.unit()).isEqualTo("l");
    assertThat(kgAgain).isEqualTo(kg).isEqualTo(Quantity.of(BigDecimal.ZERO, "kg"));
    assertThat(each).isEqualTo(Quantity.of(0)).isEqualTo(Quantity.of("0.000"));
    assertThat(Quantity.of(16)).isEqualTo(Quantity.of("16")).isSameAs(Quantity.of(16));
    assertThat(Quantity.of(17)).isEqualTo(Quantity.of("17"));
    assertThat(Quantity.of(-1).value()).isEqualByComparingTo("-1");
    Quantity twoKg = Quantity.of(new BigDecimal("2"), "kg");
    assertThat(twoKg.plus(kg)).isSameAs(twoKg);
    assertThat(twoKg.minus(kg)).isSameAs(twoKg);
    assertThat(kg.plus(twoKg)).isEqualTo(twoKg);
    assertThatThrownBy(() -> twoKg.plus(litre)).isExactlyInstanceOf(IllegalArgumentException.class);
  }
}
