package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  @Test
  void holdsAnExactAmountAsMinorUnitsAtTheCurrencyScale() {
    // given
    BigDecimal amount = new BigDecimal("12.3");

    // when
    Money money = Money.of(amount, CNY);

    // then
    assertThat(money.minor()).isEqualTo(1230);
    assertThat(money.amount()).isEqualByComparingTo("12.30");
    assertThat(money.amount().scale()).isEqualTo(2);
    assertThat(money.toPlainString()).isEqualTo("12.30");
    assertThat(money).hasToString("12.30 CNY");
  }

  @Test
  void acceptsTrailingZerosBeyondTheCurrencyScale() {
    // given
    BigDecimal amount = new BigDecimal("12.3000");

    // when
    Money money = Money.of(amount, CNY);

    // then
    assertThat(money).isEqualTo(Money.ofMinor(1230, CNY));
  }

  @Test
  void parsesTextAndCurrencyCode() {
    // given // when
    Money money = Money.of("-0.05", "CNY");

    // then
    assertThat(money).isEqualTo(Money.ofMinor(-5, CNY));
    assertThat(money.toPlainString()).isEqualTo("-0.05");
  }

  @Test
  void usesTheMinorUnitOfEachCurrency() {
    // given // when
    Money yen = Money.of(new BigDecimal("1500"), JPY);

    // then
    assertThat(yen.minor()).isEqualTo(1500);
    assertThat(yen.toPlainString()).isEqualTo("1500");
  }

  @Test
  void refusesMoreDecimalsThanTheCurrencyHas() {
    // given
    BigDecimal threeDecimals = new BigDecimal("12.345");

    // when // then
    assertThatThrownBy(() -> Money.of(threeDecimals, CNY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12.345")
        .hasMessageContaining("2 decimals");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1.5"), JPY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesACurrencyWithoutMinorUnit() {
    // given
    Currency noMinorUnit = Currency.getInstance("XXX");

    // when // then
    assertThatThrownBy(() -> Money.zero(noMinorUnit)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesAnAmountBeyondTheLongRange() {
    // given
    BigDecimal huge = new BigDecimal("1e17");

    // when // then
    assertThatThrownBy(() -> Money.of(huge, CNY))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount 1E+17 is too large for CNY");
    assertThat(Money.of(new BigDecimal("92233720368547758.07"), CNY)).isEqualTo(Money.ofMinor(Long.MAX_VALUE, CNY));
    assertThatThrownBy(() -> Money.of(new BigDecimal("92233720368547758.08"), CNY))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThat(Money.of(new BigDecimal("-92233720368547758.08"), CNY)).isEqualTo(Money.ofMinor(Long.MIN_VALUE, CNY));
  }

  @ParameterizedTest(name = "{0} rounds to {1}")
  @CsvSource({
    "12.344, 12.34",
    "12.345, 12.35",
    "12.3450001, 12.35",
    "0.005, 0.01",
    "0.004999, 0.00",
    "-12.344, -12.34",
    "-12.345, -12.35",
    "-0.005, -0.01",
    "-0.004, 0.00",
    "2.5, 2.50"
  })
  void roundsHalfUpAwayFromZeroToTheMinorUnit(String amount, String expected) {
    // given
    BigDecimal exact = new BigDecimal(amount);

    // when
    Money money = Money.rounded(exact, CNY);

    // then
    assertThat(money).isEqualTo(cny(expected));
  }

  @Test
  void roundsHalfUpToWholeYen() {
    // given // when // then
    assertThat(Money.rounded(new BigDecimal("2.5"), JPY).minor()).isEqualTo(3);
    assertThat(Money.rounded(new BigDecimal("-2.5"), JPY).minor()).isEqualTo(-3);
    assertThat(Money.rounded(new BigDecimal("2.49"), JPY).minor()).isEqualTo(2);
  }

  @Test
  void addsAndSubtractsExactly() {
    // given
    Money a = cny("0.10");
    Money b = cny("0.20");

    // when
    Money sum = a.plus(b);
    Money difference = a.minus(b);

    // then
    assertThat(sum).isEqualTo(cny("0.30"));
    assertThat(difference).isEqualTo(cny("-0.10"));
    assertThat(difference.isNegative()).isTrue();
    assertThat(difference.abs()).isEqualTo(cny("0.10"));
    assertThat(difference.negate()).isEqualTo(cny("0.10"));
  }

  @Test
  void sumsPartsOfOneCurrency() {
    // given
    List<Money> parts = List.of(cny("1.10"), cny("2.20"), cny("-0.30"));

    // when
    Money total = Money.sum(parts, CNY);

    // then
    assertThat(total).isEqualTo(cny("3.00"));
    assertThat(Money.sum(List.of(), CNY)).isEqualTo(Money.zero(CNY));
  }

  @Test
  void refusesToMixCurrencies() {
    // given
    Money yuan = cny("1.00");
    Money dollar = Money.of(BigDecimal.ONE, USD);

    // when // then
    assertThatThrownBy(() -> yuan.plus(dollar))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("currency mismatch");
    assertThatThrownBy(() -> yuan.minus(dollar)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> yuan.compareTo(dollar)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Money.sum(List.of(yuan), USD)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesOverflowInsteadOfWrappingAround() {
    // given
    Money max = Money.ofMinor(Long.MAX_VALUE, CNY);
    Money min = Money.ofMinor(Long.MIN_VALUE, CNY);
    Money oneFen = Money.ofMinor(1, CNY);

    // when // then
    assertThatThrownBy(() -> max.plus(oneFen)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> min.minus(oneFen)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(min::negate).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(min::abs).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(2)).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> max.times(new BigDecimal("1.5"))).isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.rounded(new BigDecimal("1e17"), CNY)).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void multipliesByAWholeNumberExactly() {
    // given
    Money price = cny("5.05");

    // when
    Money total = price.times(30);

    // then
    assertThat(total).isEqualTo(cny("151.50"));
  }

  @ParameterizedTest(name = "{0} × {1} = {2}")
  @CsvSource({
    "5.00, 30, 150.00",
    "0.03, 0.5, 0.02",
    "0.01, 0.49, 0.00",
    "0.01, 0.5, 0.01",
    "-0.03, 0.5, -0.02",
    "10.00, 0.13, 1.30",
    "1.15, 0.13, 0.15",
    "19.99, 1.005, 20.09",
    "3.33, 2.3333, 7.77"
  })
  void multipliesByADecimalRoundingHalfUpOnce(String amount, String factor, String expected) {
    // given
    Money money = cny(amount);

    // when
    Money product = money.times(new BigDecimal(factor));

    // then
    assertThat(product).isEqualTo(cny(expected));
  }

  @Test
  void takesTheProportionalShareOfAPartRoundedHalfUp() {
    // given: 10.00 carried by 3 units
    Money remaining = cny("10.00");

    // when
    Money oneThird = remaining.share(BigDecimal.ONE, new BigDecimal("3"));
    Money halfOfFiveFen = cny("0.05").share(new BigDecimal("1"), new BigDecimal("2"));
    Money negativeHalf = cny("-0.05").share(new BigDecimal("1"), new BigDecimal("2"));

    // then
    assertThat(oneThird).isEqualTo(cny("3.33"));
    assertThat(halfOfFiveFen).isEqualTo(cny("0.03"));
    assertThat(negativeHalf).isEqualTo(cny("-0.03"));
  }

  @Test
  void givesTheWholeAmountWhenThePartIsTheWhole() {
    // given
    Money remaining = cny("10.01");
    BigDecimal whole = new BigDecimal("3.0000");

    // when
    Money share = remaining.share(new BigDecimal("3"), whole);

    // then
    assertThat(share).isSameAs(remaining);
  }

  @Test
  void successiveSharesFromAShrinkingRemainderAddUpToTheWhole() {
    // given: 10.00 over 3 units, taken one unit at a time
    Money remaining = cny("10.00");
    BigDecimal left = new BigDecimal("3");

    // when
    Money first = remaining.share(BigDecimal.ONE, left);
    remaining = remaining.minus(first);
    left = left.subtract(BigDecimal.ONE);
    Money second = remaining.share(BigDecimal.ONE, left);
    remaining = remaining.minus(second);
    left = left.subtract(BigDecimal.ONE);
    Money third = remaining.share(BigDecimal.ONE, left);

    // then
    assertThat(List.of(first, second, third)).containsExactly(cny("3.33"), cny("3.34"), cny("3.33"));
    assertThat(first.plus(second).plus(third)).isEqualTo(cny("10.00"));
  }

  @Test
  void shareOfMoreThanTheWholeIsNotCappedAtTheWhole() {
    // given: the part-of-a-whole rule is defined for part ≤ whole; the callers must refuse more
    Money remaining = cny("10.00");

    // when
    Money share = remaining.share(new BigDecimal("4"), new BigDecimal("3"));

    // then: current behaviour is the plain proportion, more than there is (see the core test report)
    assertThat(share).isEqualTo(cny("13.33"));
  }

  @Test
  void refusesAShareOfANonPositiveWhole() {
    // given
    Money remaining = cny("10.00");

    // when // then
    assertThatThrownBy(() -> remaining.share(BigDecimal.ONE, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> remaining.share(BigDecimal.ZERO, new BigDecimal("-1")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void allocatesSoThatThePartsSumExactlyToTheTotal() {
    // given
    Money total = cny("100.00");
    List<BigDecimal> weights = List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);

    // when
    List<Money> parts = total.allocate(weights);

    // then
    assertThat(parts).containsExactly(cny("33.33"), cny("33.34"), cny("33.33"));
    assertThat(Money.sum(parts, CNY)).isEqualTo(total);
  }

  @Test
  void allocatesByUnequalWeightsIncludingZero() {
    // given
    Money total = cny("-0.07");
    List<BigDecimal> weights = List.of(new BigDecimal("2"), BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE);

    // when
    List<Money> parts = total.allocate(weights);

    // then
    assertThat(parts).hasSize(4);
    assertThat(parts.get(1)).isEqualTo(Money.zero(CNY));
    assertThat(Money.sum(parts, CNY)).isEqualTo(total);
  }

  @Test
  void refusesToAllocateOverNegativeOrAllZeroWeights() {
    // given
    Money total = cny("1.00");

    // when // then
    assertThatThrownBy(() -> total.allocate(List.of(BigDecimal.ONE, new BigDecimal("-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> total.allocate(List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zero");
    assertThatThrownBy(() -> total.allocate(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparesAmountsOfOneCurrency() {
    // given
    Money small = cny("1.00");
    Money large = cny("2.00");

    // when // then
    assertThat(small).isLessThan(large);
    assertThat(small.min(large)).isSameAs(small);
    assertThat(small.max(large)).isSameAs(large);
    assertThat(Money.zero(CNY).isZero()).isTrue();
    assertThat(large.isPositive()).isTrue();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1.005 | EUR | amount 1.005 has more than 2 decimals for EUR",
        "0.5 | JPY | amount 0.5 has more than 0 decimals for JPY",
        "1.0x5 | EUR | amount \"1.0x5\" is not a decimal number",
        "12,30 | CNY | amount \"12,30\" is not a decimal number",
        "'' | CNY | amount \"\" is not a decimal number",
        "1e-999999999 | EUR | amount 1E-999999999 has more than 2 decimals for EUR",
        "1e999999999 | EUR | amount 1E+999999999 is too large for EUR",
        "-1e999999999 | EUR | amount -1E+999999999 is too large for EUR",
        "1e30 | EUR | amount 1E+30 is too large for EUR",
        "1 | XYZ | currency \"XYZ\" is not an ISO 4217 code",
        "1 | eur | currency \"eur\" is not an ISO 4217 code",
        "1 | XXX | currency XXX has no minor unit"
      })
  void textFactoriesRefuseBadInputWithOneShortMessage(String amount, String currency, String message) {
    // given // when // then
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> assertThatThrownBy(() -> Money.of(amount, currency))
            .isExactlyInstanceOf(IllegalArgumentException.class)
            .hasMessage(message));
  }

  @Test
  void missingPartsAreRefusedWithIllegalArgumentException() {
    // given
    String noText = null;
    BigDecimal noAmount = null;
    Currency noCurrency = null;

    // when // then
    assertThatThrownBy(() -> Money.of(noText, "CNY")).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("amount is missing");
    assertThatThrownBy(() -> Money.of("1", (String) null)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("currency is missing");
    assertThatThrownBy(() -> Money.of(noText, CNY)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("amount is missing");
    assertThatThrownBy(() -> Money.of("1", noCurrency)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("currency is missing");
    assertThatThrownBy(() -> Money.of(noAmount, CNY)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("amount is missing");
    assertThatThrownBy(() -> Money.zero(noCurrency)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("currency is missing");
    assertThatThrownBy(() -> Money.rounded(noAmount, CNY)).isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesTextInAGivenCurrencyExactlyIncludingExponents() {
    // given // when // then
    assertThat(Money.of("12.30", CNY)).isEqualTo(Money.ofMinor(1230, CNY));
    assertThat(Money.of("1.5e2", "CNY")).isEqualTo(Money.ofMinor(15000, CNY));
    assertThat(Money.of("1.01000000000000000000000000000000", "EUR").minor()).isEqualTo(101);
    assertThatThrownBy(() -> Money.of("1.005", CNY)).hasMessage("amount 1.005 has more than 2 decimals for CNY");
    assertThat(Money.of("0e-999999999", "EUR")).isEqualTo(Money.zero(Currency.getInstance("EUR")));
  }

  @Test
  void messagesQuoteAtMostAFewDozenCharacters() {
    // given
    String longText = "1".repeat(Bounds.MAX_NUMBER_TEXT_LENGTH + 1);
    String badCurrency = "X".repeat(10_000);
    BigDecimal manyDigits = new BigDecimal(BigInteger.TEN.pow(20_000).add(BigInteger.ONE), 20_002);

    // when // then
    assertThatThrownBy(() -> Money.of(longText, "CNY")).message().contains("longer than").hasSizeLessThan(100);
    assertThatThrownBy(() -> Money.of("1", badCurrency)).message().hasSizeLessThan(100);
    assertThatThrownBy(() -> Money.of(manyDigits, CNY)).message().contains("2 decimals").hasSizeLessThan(100);
  }

  @Test
  void roundingAndMultiplyingByExtremeExponentsCostLittle() {
    // given
    BigDecimal tiny = new BigDecimal("1e-999999999");
    BigDecimal huge = new BigDecimal("1e999999999");
    Money price = cny("5.00");

    // when // then
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> {
          assertThat(Money.rounded(tiny, CNY)).isEqualTo(Money.zero(CNY));
          assertThat(price.times(tiny)).isEqualTo(Money.zero(CNY));
          assertThat(Money.rounded(new BigDecimal("0.005"), CNY)).isEqualTo(cny("0.01"));
          assertThatThrownBy(() -> Money.rounded(huge, CNY)).isInstanceOf(ArithmeticException.class);
          assertThatThrownBy(() -> price.times(huge)).isInstanceOf(ArithmeticException.class);
        });
  }

  @Test
  void addingOrTakingZeroGivesTheSameAmountAndStillChecksTheCurrency() {
    // given
    Money five = Money.of("5.00", "CNY");
    Money zero = Money.zero(five.currency());

    // then
    assertThat(five.plus(zero)).isSameAs(five);
    assertThat(zero.plus(five)).isSameAs(five);
    assertThat(five.minus(zero)).isSameAs(five);
    assertThat(zero.minus(five)).isEqualTo(Money.of("-5.00", "CNY"));
    assertThatThrownBy(() -> five.plus(Money.zero(java.util.Currency.getInstance("USD"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Money.of(new java.math.BigDecimal("123456789012345.67"), five.currency()).minor())
        .isEqualTo(12345678901234567L);
    assertThat(Money.of(new java.math.BigDecimal("92233720368547758.07"), five.currency()).minor())
        .isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Money.of(new java.math.BigDecimal("92233720368547758.08"), five.currency()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
