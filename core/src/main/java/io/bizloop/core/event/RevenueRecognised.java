package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.DocumentId;
import io.bizloop.core.EventId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.SalesOrderId;
import java.time.LocalDate;

/**
 * Revenue of a sales order was recognised at the company's chosen point (order confirmation,
 * shipment or invoice). Accounting posts Dr Receivable (gross) / Cr Revenue (net), Cr output VAT.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param document the document that recognised it (the order, a shipment or an invoice)
 * @param order the sales order
 * @param customer who owes
 * @param amounts net and VAT recognised by this document
 */
public record RevenueRecognised(
    EventId eventId, LocalDate date, DocumentId document, SalesOrderId order, CustomerId customer, LineAmounts amounts)
    implements BusinessEvent {

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param document the document that recognised it (the order, a shipment or an invoice)
   * @param order the sales order
   * @param customer who owes
   * @param amounts net and VAT recognised by this document
   * @throws NullPointerException when a required part is missing
   */
  public RevenueRecognised {
    Events.require(eventId, date, document, order, customer, amounts);
  }

  /**
   * The number of the document that recognised the revenue: the order, a shipment or an invoice.
   *
   * @return {@code document().number()}
   */
  @Override
  public String source() {
    return document.number();
  }
}
