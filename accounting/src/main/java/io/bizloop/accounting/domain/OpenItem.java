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
 * @param date its business date, from which it ages
 * @param original the amount it was created with, positive
 * @param open what is still open, positive and at most the original
 */
public record OpenItem(String document, String order, LocalDate date, Money original, Money open) {

  /**
   * Checks the invariants.
   *
   * @param document the number of the document that created it (a shipment, an invoice, a receipt)
   * @param order the number of the order it belongs to, or {@code null}
   * @param date its business date, from which it ages
   * @param original the amount it was created with, positive
   * @param open what is still open, positive and at most the original
   * @throws NullPointerException when the document, date or an amount is missing
   * @throws IllegalArgumentException when open is not positive or exceeds the original
   */
  public OpenItem {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(open, "open");
    if (!open.isPositive() || open.compareTo(original) > 0) {
      throw new IllegalArgumentException(
          "open item " + document + ": open " + open + " must be positive and at most " + original);
    }
  }

  OpenItem settled(Money amount) {
    return new OpenItem(document, order, date, original, open.minus(amount));
  }

  boolean isOf(String anOrder) {
    return anOrder != null && anOrder.equals(order);
  }
}
