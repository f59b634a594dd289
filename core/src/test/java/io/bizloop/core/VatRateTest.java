package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
    assertThatThrownBy(() -> new VatRate(fraction)).isInstanceOf(IllegalArgumentException.class);
  }
}
