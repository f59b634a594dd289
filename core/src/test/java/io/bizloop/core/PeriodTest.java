package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void isTheCalendarMonthOfADate() {
    // given
    LocalDate date = LocalDate.of(2024, 2, 15);

    // when
    Period period = Period.of(date);

    // then
    assertThat(period).isEqualTo(new Period(YearMonth.of(2024, 2)));
    assertThat(period.firstDay()).isEqualTo(LocalDate.of(2024, 2, 1));
    assertThat(period.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(period).hasToString("2024-02");
  }

  @Test
  void containsExactlyTheDaysOfItsMonth() {
    // given
    Period march = Period.parse("2025-03");

    // when // then
    assertThat(march.contains(LocalDate.of(2025, 3, 1))).isTrue();
    assertThat(march.contains(LocalDate.of(2025, 3, 31))).isTrue();
    assertThat(march.contains(LocalDate.of(2025, 2, 28))).isFalse();
    assertThat(march.contains(LocalDate.of(2025, 4, 1))).isFalse();
    assertThat(march.contains(LocalDate.of(2024, 3, 15))).isFalse();
  }

  @Test
  void ordersPeriodsChronologically() {
    // given
    Period december = Period.parse("2024-12");
    Period january = Period.parse("2025-01");

    // when // then
    assertThat(december).isLessThan(january);
    assertThat(january.compareTo(Period.of(LocalDate.of(2025, 1, 20)))).isZero();
  }

  @Test
  void refusesTextThatIsNotAYearAndMonth() {
    // given // when // then
    assertThatThrownBy(() -> Period.parse("2025-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025-13");
    assertThatThrownBy(() -> Period.parse("2025-03-01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period is missing");
    assertThatThrownBy(() -> new Period(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.of(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Period.parse("x".repeat(100_000))).message().hasSizeLessThan(60);
  }
}
