package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An open item of a sub-ledger: what one document left a customer owing or owed to a supplier.
 *
 * <p>Invariants: 0 &lt; open ≤ original, one currency.
 *
 * @param document the document that created it (a shipment, an invoice, a receipt)
 * @param order the order it belongs to, or {@code null}
 * @param date its business date, from which it ages
 * @param original the amount it was created with
 * @param open what is still open
 */
public record OpenItem(String document, String order, LocalDate date, Money original, Money open) {

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
