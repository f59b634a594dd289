package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundsTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final Currency KWD = Currency.getInstance("KWD");

  private static BigDecimal d(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  /** The problem text, or "ok" when the check answers null, for compact tables. */
  private static String answer(String problem) {
    return problem == null ? "ok" : problem;
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "1000000000 | ok",
        "1E+9 | ok",
        "1000000000.0000 | ok",
        "1000000000.0001 | qty 1000000000.0001 is more than 1000000000",
        "1000000001 | qty 1000000001 is more than 1000000000",
        "0.0001 | ok",
        "1e-4 | ok",
        "1.23450000 | ok",
        "1.00001 | qty 1.00001 has more than 4 decimals",
        "0 | qty 0 must be positive",
        "0.0000 | qty 0.0000 must be positive",
        "-1 | qty -1 must be positive",
        "1e-999999999 | qty 1E-999999999 has more than 4 decimals",
        "1e999999999 | qty 1E+999999999 is more than 1000000000",
        "-1e999999999 | qty -1E+999999999 must be positive",
        "NULL | qty is missing"
      })
  void positiveQuantity(String value, String expected) {
    assertThat(answer(Bounds.positiveQuantity(d(value), "qty"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | ok",
        "0E-999999999 | ok",
        "0E+999999999 | ok",
        "1000000000 | ok",
        "-0.0001 | counted -0.0001 must not be negative",
        "0.00001 | counted 0.00001 has more than 4 decimals",
        "1000000000.0001 | counted 1000000000.0001 is more than 1000000000"
      })
  void nonNegativeQuantity(String value, String expected) {
    assertThat(answer(Bounds.nonNegativeQuantity(d(value), "counted"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.000001 | ok",
        "0.0000001 | unitPrice 0.0000001 has more than 6 decimals",
        "1000000000 | ok",
        "999999999.999999 | ok",
        "1000000000.000001 | unitPrice 1000000000.000001 is more than 1000000000",
        "1e30 | unitPrice 1E+30 is more than 1000000000",
        "0 | unitPrice 0 must be positive",
        "-5 | unitPrice -5 must be positive",
        "1e-999999999 | unitPrice 1E-999999999 has more than 6 decimals",
        "1e999999999 | unitPrice 1E+999999999 is more than 1000000000"
      })
  void unitPrice(String value, String expected) {
    assertThat(answer(Bounds.unitPrice(d(value), "unitPrice"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} × {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1000000000 | 1000 | ok",
        "1000000 | 1000000 | ok",
        "1000000000 | 1000.000001 | line 1 amount 1000000001000.000000 is more than 1000000000000",
        "1000000000 | 1000000000 | line 1 amount 1000000000000000000 is more than 1000000000000",
        "0.0001 | 0.000001 | ok",
        "0 | 1 | line 1 qty 0 must be positive",
        "1 | 0 | line 1 unit price 0 must be positive",
        "1e999999999 | 1 | line 1 qty 1E+999999999 is more than 1000000000",
        "1 | 1e-999999999 | line 1 unit price 1E-999999999 has more than 6 decimals"
      })
  void lineAmount(String quantity, String unitPrice, String expected) {
    assertThat(answer(Bounds.lineAmount(d(quantity), d(unitPrice), "line 1"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0.01 | CNY | ok",
        "0.010000 | CNY | ok",
        "0.001 | CNY | amount 0.001 has more than 2 decimals for CNY",
        "1000000000000 | CNY | ok",
        "1000000000000.00 | CNY | ok",
        "1000000000000.01 | CNY | amount 1000000000000.01 is more than 1000000000000",
        "1e12 | CNY | ok",
        "1e13 | CNY | amount 1E+13 is more than 1000000000000",
        "0 | CNY | amount 0 must be positive",
        "-0.01 | CNY | amount -0.01 must be positive",
        "1 | JPY | ok",
        "0.5 | JPY | amount 0.5 has more than 0 decimals for JPY",
        "0.001 | KWD | ok",
        "0.0001 | KWD | amount 0.0001 has more than 3 decimals for KWD",
        "1e-999999999 | CNY | amount 1E-999999999 has more than 2 decimals for CNY",
        "1e999999999 | CNY | amount 1E+999999999 is more than 1000000000000"
      })
  void positiveAmount(String value, String currency, String expected) {
    Currency c = Currency.getInstance(currency);
    assertThat(answer(Bounds.positiveAmount(d(value), c, "amount"))).isEqualTo(expected);
  }

  @Test
  void nonNegativeAmount() {
    assertThat(Bounds.nonNegativeAmount(BigDecimal.ZERO, CNY, "limit")).isNull();
    assertThat(Bounds.nonNegativeAmount(d("1000000000000"), CNY, "limit")).isNull();
    assertThat(Bounds.nonNegativeAmount(d("-0.01"), CNY, "limit")).isEqualTo("limit -0.01 must not be negative");
    assertThat(Bounds.nonNegativeAmount(d("0.001"), CNY, "limit")).isEqualTo("limit 0.001 has more than 2 decimals for CNY");
    assertThat(Bounds.nonNegativeAmount(null, CNY, "limit")).isEqualTo("limit is missing");
    assertThat(Bounds.nonNegativeAmount(BigDecimal.ONE, null, "limit")).isEqualTo("currency of limit is missing");
    assertThat(Bounds.positiveAmount(BigDecimal.ONE, Currency.getInstance("XXX"), "amount"))
        .isEqualTo("currency XXX has no minor unit");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | ok",
        "0.0000 | ok",
        "1 | ok",
        "1.0000000 | ok",
        "0.1234 | ok",
        "0.13 | ok",
        "0.12345 | vatRate 0.12345 has more than 4 decimals",
        "1.0001 | vatRate 1.0001 is more than 1",
        "13 | vatRate 13 is more than 1",
        "-0.0001 | vatRate -0.0001 must not be negative",
        "1e-999999999 | vatRate 1E-999999999 has more than 4 decimals",
        "1e999999999 | vatRate 1E+999999999 is more than 1"
      })
  void vatRate(String value, String expected) {
    assertThat(answer(Bounds.vatRate(d(value), "vatRate"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | ok",
        "99.99 | ok",
        "12.5 | ok",
        "99.990 | ok",
        "100 | discount 100 must be less than 100",
        "100.00 | discount 100.00 must be less than 100",
        "99.999 | discount 99.999 has more than 2 decimals",
        "-0.01 | discount -0.01 must not be negative",
        "1e-999999999 | discount 1E-999999999 has more than 2 decimals",
        "1e999999999 | discount 1E+999999999 must be less than 100"
      })
  void discount(String value, String expected) {
    assertThat(answer(Bounds.discount(d(value), "discount"))).isEqualTo(expected);
  }

  @Test
  void textIsAtMostTwoHundredCodePointsOfAnyKind() {
    // given
    String emoji = "\uD83D\uDE00";

    // when // then
    assertThat(Bounds.text("", "memo")).isNull();
    assertThat(Bounds.text("x".repeat(200), "memo")).isNull();
    assertThat(Bounds.text(emoji.repeat(200), "memo")).isNull();
    assertThat(Bounds.text(" \t\u0000 line\nbreak ", "memo")).isNull();
    assertThat(Bounds.text("\uD800", "memo")).isNull();
    assertThat(Bounds.text("x".repeat(201), "memo")).isEqualTo("memo is longer than 200 characters");
    assertThat(Bounds.text(emoji.repeat(201), "memo")).isEqualTo("memo is longer than 200 characters");
    assertThat(Bounds.text("x".repeat(10_000_000), "memo")).isEqualTo("memo is longer than 200 characters");
    assertThat(Bounds.text(null, "name")).isEqualTo("name is missing");
  }

  @Test
  void uomFollowsTheIdRuleWithSixteenCodePoints() {
    // given
    String emoji = "\uD83D\uDE00";

    // when // then
    assertThat(Bounds.uom("kg", "uom")).isNull();
    assertThat(Bounds.uom("x".repeat(16), "uom")).isNull();
    assertThat(Bounds.uom(emoji.repeat(16), "uom")).isNull();
    assertThat(Bounds.uom("m²", "uom")).isNull();
    assertThat(Bounds.uom("x".repeat(17), "uom")).isEqualTo("uom is longer than 16 characters");
    assertThat(Bounds.uom("", "uom")).isEqualTo("uom is empty");
    assertThat(Bounds.uom(null, "uom")).isEqualTo("uom is missing");
    assertThat(Bounds.uom("k\u0007g", "uom")).isEqualTo("uom has a control character");
    assertThat(Bounds.uom(" kg", "uom")).isEqualTo("uom \" kg\" has leading or trailing white space");
    assertThat(Bounds.uom("\uDE00", "uom")).isEqualTo("uom has a lone surrogate");
  }

  @Test
  void countsDecimalsWithoutTrailingZeros() {
    assertThat(Bounds.hasAtMostDecimals(d("1.2300"), 2)).isTrue();
    assertThat(Bounds.hasAtMostDecimals(d("1.2301"), 2)).isFalse();
    assertThat(Bounds.hasAtMostDecimals(d("1E+5"), 0)).isTrue();
    assertThat(Bounds.hasAtMostDecimals(d("0E-50"), 0)).isTrue();
    assertThat(Bounds.hasAtMostDecimals(d("100E-2"), 0)).isTrue();
    assertThat(Bounds.hasAtMostDecimals(d("1000E-4"), 0)).isFalse();
    assertThat(Bounds.hasAtMostDecimals(d("1e-999999999"), 4)).isFalse();
    assertThat(Bounds.hasAtMostDecimals(null, 0)).isTrue();
  }

  @Test
  void showsAnyValueInAFewDozenCharacters() {
    // given
    BigDecimal manyDigits = new BigDecimal(BigInteger.TEN.pow(500).add(BigInteger.ONE));
    BigDecimal longFraction = new BigDecimal(BigInteger.TEN.pow(500).add(BigInteger.ONE), 501);
    BigDecimal tooManyDigits = new BigDecimal(BigInteger.TEN.pow(100_000).add(BigInteger.ONE), 3);

    // when // then
    assertThat(Bounds.show(d("12.345"))).isEqualTo("12.345");
    assertThat(Bounds.show(d("1e-999999999"))).isEqualTo("1E-999999999");
    assertThat(Bounds.show(d("1e999999999"))).isEqualTo("1E+999999999");
    assertThat(Bounds.show(d("1000000000000"))).isEqualTo("1000000000000");
    assertThat(Bounds.show(manyDigits)).isEqualTo("1.0000000000000000000…E+500");
    assertThat(Bounds.show(longFraction)).isEqualTo("0.10000000000000000000…");
    assertThat(Bounds.show(tooManyDigits)).isEqualTo("a number of 100001 digits");
    assertThat(Bounds.show(null)).isEqualTo("null");
  }

  @Test
  void extremeExponentsAndHugeValuesAreRefusedQuickly() {
    // given
    List<BigDecimal> hostile =
        List.of(
            d("1e-999999999"),
            d("1e999999999"),
            d("-1e-999999999"),
            d("9e2147483647"),
            d("1e-2147483647"),
            new BigDecimal(BigInteger.TEN.pow(20_000)),
            new BigDecimal(BigInteger.TEN.pow(20_000).add(BigInteger.ONE), 20_000));
    List<Function<BigDecimal, String>> checks =
        List.of(
            v -> Bounds.positiveQuantity(v, "qty"),
            v -> Bounds.nonNegativeQuantity(v, "qty"),
            v -> Bounds.unitPrice(v, "price"),
            v -> Bounds.positiveAmount(v, CNY, "amount"),
            v -> Bounds.nonNegativeAmount(v, JPY, "amount"),
            v -> Bounds.positiveAmount(v, KWD, "amount"),
            v -> Bounds.vatRate(v, "rate"),
            v -> Bounds.discount(v, "discount"),
            v -> Bounds.lineAmount(v, BigDecimal.ONE, "line"),
            v -> Bounds.lineAmount(BigDecimal.ONE, v, "line"));

    // when // then
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          for (BigDecimal value : hostile) {
            for (Function<BigDecimal, String> check : checks) {
              assertThat(check.apply(value)).as(Bounds.show(value)).isNotNull().hasSizeLessThan(100);
            }
          }
        });
  }
}
