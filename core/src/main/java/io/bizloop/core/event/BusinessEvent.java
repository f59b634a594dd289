package io.bizloop.core.event;

import io.bizloop.core.EventId;
import java.time.LocalDate;

/**
 * A fact one bounded context tells the others: the published language of bizloop.
 *
 * <p>Every event is an immutable record carrying its {@link EventId} (the idempotency key: a
 * consumer applies an event id at most once), the source document it came from, the business
 * date, and the money already computed by the context that knows it (a shipment carries its
 * cost, a recognised sale its net and VAT). Events never read a clock.
 */
public sealed interface BusinessEvent
    permits CustomerRegistered,
        SupplierRegistered,
        SalesOrderConfirmed,
        SalesOrderCancelled,
        GoodsShipped,
        GoodsReturned,
        GoodsReceived,
        RevenueRecognised,
        CreditNoteIssued,
        PaymentReceived,
        SupplierPaid,
        StockAdjusted,
        ReturnAccepted {

  /**
   * The idempotency key: a consumer applies each event id at most once.
   *
   * @return the event's id, derived from its kind and source document
   */
  EventId eventId();

  /**
   * The business date the fact belongs to, and the date its postings carry.
   *
   * @return the business date, never read from a clock
   */
  LocalDate date();

  /**
   * The number of the document the fact came from (an order, a shipment, a receipt, a payment),
   * as journal entries and reports show it.
   *
   * @return the document number, or the id of the party for a registration
   */
  String source();
}
