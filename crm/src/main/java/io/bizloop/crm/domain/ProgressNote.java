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
  public ProgressNote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(date, "date");
  }
}
