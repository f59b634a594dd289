package io.bizloop.crm.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A note on a ticket's progress.
 *
 * @param text what was done
 * @param date business date
 */
public record ProgressNote(String text, LocalDate date) {
  /**
   * Checks that both parts are given.
   *
   * @param text what was done
   * @param date business date
   * @throws NullPointerException when a part is missing
   */
  public ProgressNote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
  }
}
