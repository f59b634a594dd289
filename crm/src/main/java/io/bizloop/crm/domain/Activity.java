package io.bizloop.crm.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of a customer's follow-up history (call, visit, message, note, an owner change ...).
 *
 * @param type non-blank kind, e.g. {@code CALL}
 * @param note free text, may be blank
 * @param owner the customer's owner when it happened, or {@code null}
 * @param date business date
 */
public record Activity(String type, String note, String owner, LocalDate date) {
  /**
   * Checks the required parts.
   *
   * @param type the kind of contact
   * @param note what happened
   * @param owner the customer's owner then, or {@code null}
   * @param date business date
   * @throws NullPointerException when the type, note or date is missing
   */
  public Activity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(date, "date");
  }
}
