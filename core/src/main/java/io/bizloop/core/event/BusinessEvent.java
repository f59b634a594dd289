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

  /** The idempotency key. */
  EventId eventId();

  /** The business date the fact belongs to (and posts on). */
  LocalDate date();

  /** The id of the document the fact came from (an order, a receipt, a payment). */
  String source();
}
