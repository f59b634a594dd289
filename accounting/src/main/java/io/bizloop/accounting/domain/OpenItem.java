package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open item of a sub-ledger: what one document left a customer owing or owed to a supplier.
 *
 * <p>Invariants: 0 &lt; open ≤ original, one currency.
 *
 * @param document the number of the document that created it (a shipment, an invoice, a receipt)
 * @param order the number of the order it belongs to, or {@code null}
 * @param date its business (posting) date
 * @param due the date it falls due: the posting date plus the party's payment terms at posting;
 *     what is left of a partly settled item keeps it
 * @param original the amount it was created with, positive
 * @param open what is still open, positive and at most the original
 */
public record OpenItem(String document, String order, LocalDate date, LocalDate due, Money original, Money open) {

  /**
   * Checks the invariants.
   *
   * @param document the number of the document that created it (a shipment, an invoice, a receipt)
   * @param order the number of the order it belongs to, or {@code null}
   * @param date its business (posting) date
   * @param due the date it falls due; {@code null} (an item stored before terms existed) is the
   *     posting date
   * @param original the amount it was created with, positive
   * @param open what is still open, positive and at most the original
   * @throws NullPointerException when the document, date or an amount is missing
   * @throws IllegalArgumentException when open is not positive or exceeds the original
   */
  public OpenItem {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(date, "date");
    due = due == null ? date : due;
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(open, "open");
    if (!open.isPositive() || open.compareTo(original) > 0) {
      throw new IllegalArgumentException(
          "open item " + document + ": open " + open + " must be positive and at most " + original);
    }
  }

  OpenItem settled(Money amount) {
    return new OpenItem(document, order, date, due, original, open.minus(amount));
  }

  /**
   * Days overdue as of a date: {@code asOf − due}; zero or less is not overdue.
   *
   * @param asOf the date counted to
   * @return the days past the due date, negative when it is not due yet
   */
  public long daysOverdue(LocalDate asOf) {
    return java.time.temporal.ChronoUnit.DAYS.between(due, asOf);
  }
}
