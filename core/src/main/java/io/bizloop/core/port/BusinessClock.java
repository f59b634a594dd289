package io.bizloop.core.port;

import java.time.LocalDate;

/** Today's business date, as the host sees it (not necessarily the wall clock's date). */
@FunctionalInterface
public interface BusinessClock {

  LocalDate today();

  /** A clock that always answers {@code date}. */
  static BusinessClock fixed(LocalDate date) {
    return () -> date;
  }
}
