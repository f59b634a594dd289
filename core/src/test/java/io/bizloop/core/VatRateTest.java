package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VatRateTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  @Test
  void computesVatOnANetAmountRoundedHalfUp() {
    // given
    VatRate rate = VatRate.STANDARD_CN;

    // when // then
    assertThat(rate.vatOn(cny("150.00"))).isEqualTo(cny("19.50"));
    assertThat(rate.vatOn(cny("1.15"))).isEqualTo(cny("0.15"));
    assertThat(rate.vatOn(cny("0.50"))).isEqualTo(cny("0.07"));
    assertThat(rate.vatOn(cny("-0.50"))).isEqualTo(cny("-0.07"));
  }

  @Test
  void extractsTheNetOfAGrossAmountRoundedHalfUp() {
    // given
    VatRate rate = VatRate.STANDARD_CN;

    // when // then
    assertThat(rate.netOf(cny("113.00"))).isEqualTo(cny("100.00"));
    assertThat(rate.netOf(cny("1.00"))).isEqualTo(cny("0.88"));
    assertThat(VatRate.of("0.06").netOf(cny("0.53"))).isEqualTo(cny("0.50"));
    assertThat(VatRate.ZERO.netOf(cny("0.53"))).isEqualTo(cny("0.53"));
  }

  @Test
  void holdsTheRateInCanonicalForm() {
    // given // when
    VatRate padded = VatRate.of("0.1300");

    // then
    assertThat(padded).isEqualTo(VatRate.STANDARD_CN);
    assertThat(padded).hasToString("0.13");
    assertThat(padded.percent()).isEqualByComparingTo("13");
    assertThat(VatRate.of("0.00")).isEqualTo(VatRate.ZERO);
    assertThat(VatRate.of("1").rate().scale()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "10", "12.5", "0.1234567"})
  void refusesARateOutsideZeroToTenOrWithMoreThanSixDecimals(String rate) {
    // given
    BigDecimal fraction = new BigDecimal(rate);

    // when // then
    assertThatThrownBy(() -> new VatRate(fraction)).isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "20% | VAT rate \"20%\" is not a decimal number: write a fraction, e.g. 0.13 for 13%",
        "0.13 % | VAT rate \"0.13 %\" is not a decimal number: write a fraction, e.g. 0.13 for 13%",
        "thirteen | VAT rate \"thirteen\" is not a decimal number",
        "'' | VAT rate \"\" is not a decimal number",
        "1e-999999999 | VAT rate 1E-999999999 has more than 6 decimals",
        "1e999999999 | VAT rate 1E+999999999 is outside [0, 10)",
        "-1e-999999999 | VAT rate -1E-999999999 is outside [0, 10)",
        "-0.01 | VAT rate -0.01 is outside [0, 10)",
        "0.1234567 | VAT rate 0.1234567 has more than 6 decimals"
      })
  void textThatIsNotARateIsRefusedWithOneShortMessage(String text, String message) {
    // given // when // then
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () -> assertThatThrownBy(() -> VatRate.of(text)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message));
  }

  @Test
  void aMissingRateIsRefusedWithIllegalArgumentException() {
    // given
    String noText = null;

    // when // then
    assertThatThrownBy(() -> VatRate.of(noText)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("VAT rate is missing");
    assertThatThrownBy(() -> new VatRate(null)).isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("VAT rate is missing");
  }

  @Test
  void readsExponentNotationAndTrailingZerosExactly() {
    // given // when // then
    assertThat(VatRate.of("13e-2")).isEqualTo(VatRate.STANDARD_CN);
    assertThat(VatRate.of("0.130000000000000000000000000000")).isEqualTo(VatRate.STANDARD_CN);
    assertThat(VatRate.of("0e-999999999")).isEqualTo(VatRate.ZERO);
    assertThat(VatRate.of("1E+0").rate().scale()).isZero();
  }
}
