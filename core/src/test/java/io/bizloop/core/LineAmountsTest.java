package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class LineAmountsTest {

  private static final Currency CNY = Currency.getInstance("CNY");

  private static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  @Test
  void computesNetAndVatOfAVatExclusiveLine() {
    // given: 30 × 5.00 at 13 %
    Quantity quantity = Quantity.of(30);
    Money unitPrice = cny("5.00");

    // when
    LineAmounts line = LineAmounts.of(quantity, unitPrice, VatRate.STANDARD_CN, false);

    // then
    assertThat(line.net()).isEqualTo(cny("150.00"));
    assertThat(line.vat()).isEqualTo(cny("19.50"));
    assertThat(line.gross()).isEqualTo(cny("169.50"));
  }

  @Test
  void roundsTheExclusiveNetOnceAndTheVatOnTheRoundedNet() {
    // given: 3 × 0.335 kg-price = 1.005 → 1.01 net; VAT round(1.01 × 0.13 = 0.1313) = 0.13
    Quantity quantity = Quantity.of(new BigDecimal("0.335"), "kg");
    Money unitPrice = cny("3.00");

    // when
    LineAmounts line = LineAmounts.of(quantity, unitPrice, VatRate.STANDARD_CN, false);

    // then
    assertThat(line.net()).isEqualTo(cny("1.01"));
    assertThat(line.vat()).isEqualTo(cny("0.13"));
  }

  @Test
  void splitsAVatInclusiveGrossIntoNetAndVat() {
    // given: gross 113.00 at 13 %
    Quantity quantity = Quantity.of(1);
    Money unitPrice = cny("113.00");

    // when
    LineAmounts line = LineAmounts.of(quantity, unitPrice, VatRate.STANDARD_CN, true);

    // then
    assertThat(line.net()).isEqualTo(cny("100.00"));
    assertThat(line.vat()).isEqualTo(cny("13.00"));
    assertThat(line.gross()).isEqualTo(cny("113.00"));
  }

  @Test
  void inclusiveVatIsTheGrossLessTheRoundedNetNotTheVatOnTheNet() {
    // given: gross 1.00 at 13 %: net = round(1.00 / 1.13 = 0.88495…) = 0.88;
    // VAT = 1.00 − 0.88 = 0.12, whereas round(0.88 × 0.13 = 0.1144) would be 0.11
    Quantity quantity = Quantity.of(1);
    Money unitPrice = cny("1.00");

    // when
    LineAmounts line = LineAmounts.of(quantity, unitPrice, VatRate.STANDARD_CN, true);

    // then
    assertThat(line.net()).isEqualTo(cny("0.88"));
    assertThat(line.vat()).isEqualTo(cny("0.12"));
    assertThat(VatRate.STANDARD_CN.vatOn(line.net())).isEqualTo(cny("0.11"));
    assertThat(line.gross()).isEqualTo(cny("1.00"));
  }

  @Test
  void roundsTheInclusiveGrossBeforeSplittingIt() {
    // given: 3.335 × 3.00 = 10.005 → gross 10.01; net = round(10.01 / 1.13 = 8.8584…) = 8.86
    Quantity quantity = Quantity.of(3);
    Money unitPrice = cny("3.00");
    Quantity fractional = Quantity.of(new BigDecimal("3.335"), "EA");

    // when
    LineAmounts line = LineAmounts.of(fractional, unitPrice, VatRate.STANDARD_CN, true);
    LineAmounts whole = LineAmounts.of(quantity, unitPrice, VatRate.STANDARD_CN, true);

    // then
    assertThat(line.gross()).isEqualTo(cny("10.01"));
    assertThat(line.net()).isEqualTo(cny("8.86"));
    assertThat(line.vat()).isEqualTo(cny("1.15"));
    assertThat(whole.gross()).isEqualTo(cny("9.00"));
  }

  @Test
  void aZeroRateLineHasNoVat() {
    // given
    Quantity quantity = Quantity.of(7);
    Money unitPrice = cny("1.43");

    // when
    LineAmounts exclusive = LineAmounts.of(quantity, unitPrice, VatRate.ZERO, false);
    LineAmounts inclusive = LineAmounts.of(quantity, unitPrice, VatRate.ZERO, true);

    // then
    assertThat(exclusive).isEqualTo(new LineAmounts(cny("10.01"), cny("0.00")));
    assertThat(inclusive).isEqualTo(exclusive);
  }

  @Test
  void sharesNetAndVatSeparatelyByThePartOfAWholeRule() {
    // given: 10.00 net and 1.30 VAT over 3 units
    LineAmounts line = new LineAmounts(cny("10.00"), cny("1.30"));
    Quantity ordered = Quantity.of(3);

    // when
    LineAmounts first = line.share(Quantity.of(1), ordered);
    LineAmounts rest = line.minus(first);
    LineAmounts second = rest.share(Quantity.of(2), Quantity.of(2));

    // then
    assertThat(first).isEqualTo(new LineAmounts(cny("3.33"), cny("0.43")));
    assertThat(second).isEqualTo(new LineAmounts(cny("6.67"), cny("0.87")));
    assertThat(first.plus(second)).isEqualTo(line);
    assertThat(line.minus(first).minus(second).isZero()).isTrue();
  }

  @Test
  void refusesNetAndVatInDifferentCurrencies() {
    // given
    Money net = cny("1.00");
    Money vat = Money.of(BigDecimal.ONE, Currency.getInstance("USD"));

    // when // then
    assertThatThrownBy(() -> new LineAmounts(net, vat)).isInstanceOf(IllegalArgumentException.class);
    assertThat(LineAmounts.zero(CNY).isZero()).isTrue();
  }
}
