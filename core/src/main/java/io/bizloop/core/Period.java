package io.bizloop.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A fiscal period: one calendar month, the unit in which the books are closed. Periods are
 * ordered by time and print as {@code YYYY-MM}.
 *
 * @param month the year and month
 */
public record Period(YearMonth month) implements Comparable<Period> {

  /**
   * Checks that the month is given.
   *
   * @param month the year and month
   * @throws IllegalArgumentException when {@code month} is null
   */
  public Period {
    if (month == null) {
      throw new IllegalArgumentException("period is missing");
    }
  }

  /**
   * The period a business date falls in.
   *
   * @param date the date
   * @return the period of its month
   * @throws IllegalArgumentException when {@code date} is null
   */
  public static Period of(LocalDate date) {
    if (date == null) {
      throw new IllegalArgumentException("period date is missing");
    }
    return new Period(YearMonth.from(date));
  }

  /**
   * Parses {@code YYYY-MM}, e.g. {@code "2026-11"}.
   *
   * @param text the period as text
   * @return the period
   * @throws IllegalArgumentException when the text is missing or not a year and month; the
   *     message quotes at most a few dozen characters of it
   */
  public static Period parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("period is missing");
    }
    try {
      return new Period(YearMonth.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("period " + Ids.quote(text) + " is not YYYY-MM");
    }
  }

  /**
   * Whether a date falls in this period.
   *
   * @param date the date
   * @return true when its year and month are this period's
   * @throws NullPointerException when {@code date} is null
   */
  public boolean contains(LocalDate date) {
    return YearMonth.from(date).equals(month);
  }

  /**
   * The first day of the period.
   *
   * @return the 1st of the month
   */
  public LocalDate firstDay() {
    return month.atDay(1);
  }

  /**
   * The last day of the period, the date a closing entry would carry.
   *
   * @return the last day of the month (28th to 31st)
   */
  public LocalDate lastDay() {
    return month.atEndOfMonth();
  }

  /**
   * Orders periods by time, earlier first.
   *
   * @param other the period to compare with
   * @return negative, zero or positive as this period is before, the same as or after
   *     {@code other}
   */
  @Override
  public int compareTo(Period other) {
    return month.compareTo(other.month);
  }

  /**
   * The period as {@code YYYY-MM}, the form {@link #parse} reads.
   *
   * @return e.g. {@code "2026-11"}
   */
  @Override
  public String toString() {
    return month.toString();
  }

  /**
   * Equal when the months are (written out: faster than the record's generated equality on the
   * posting path, where periods are map keys).
   *
   * @param other another object
   * @return whether it is the same period
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof Period that && month.equals(that.month));
  }

  /**
   * The month's hash, as the record's generated one.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return month.hashCode();
  }
}
