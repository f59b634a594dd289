package io.bizloop.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A fiscal period: one calendar month.
 *
 * @param month the year and month
 */
public record Period(YearMonth month) implements Comparable<Period> {

  public Period {
    Objects.requireNonNull(month, "month");
  }

  public static Period of(LocalDate date) {
    return new Period(YearMonth.from(date));
  }

  /**
   * Parses {@code YYYY-MM}.
   *
   * @throws IllegalArgumentException when the text is not a year and month
   */
  public static Period parse(String text) {
    Objects.requireNonNull(text, "period");
    try {
      return new Period(YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("period '" + text + "' is not YYYY-MM");
    }
  }

  public boolean contains(LocalDate date) {
    return YearMonth.from(date).equals(month);
  }

  public LocalDate firstDay() {
    return month.atDay(1);
  }

  public LocalDate lastDay() {
    return month.atEndOfMonth();
  }

  @Override
  public int compareTo(Period other) {
    return month.compareTo(other.month);
  }

  @Override
  public String toString() {
    return month.toString();
  }
}
