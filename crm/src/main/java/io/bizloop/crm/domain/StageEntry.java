package io.bizloop.crm.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An opportunity entered a stage on a day.
 *
 * @param stage the stage name
 * @param enteredOn business date
 */
public record StageEntry(String stage, LocalDate enteredOn) {
  public StageEntry {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(enteredOn, "enteredOn");
  }
}
