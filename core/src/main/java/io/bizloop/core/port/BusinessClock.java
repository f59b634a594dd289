package io.bizloop.core.port;

import java.time.LocalDate;

/** Today's business date, as the host sees it (not necessarily the wall clock's date). */
@FunctionalInterface
public interface BusinessClock {

  /**
   * Today's business date.
   *
   * @return the date commands without an explicit date belong to
   */
  LocalDate today();

  /**
   * A clock that always answers {@code date}: for tests, replays and batch runs of a past day.
   *
   * @param date the date to answer
   * @return the clock
   */
  static BusinessClock fixed(LocalDate date) {
    return () -> date;
  }
}
