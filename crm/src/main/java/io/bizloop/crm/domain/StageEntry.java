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
  /**
   * Checks that both parts are given.
   *
   * @param stage the stage name
   * @param enteredOn business date it was entered
   * @throws NullPointerException when a part is missing
   */
  public StageEntry {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(enteredOn, "enteredOn");
  }
}
