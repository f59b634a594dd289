package io.bizloop.core.event;

import io.bizloop.core.CustomerId;
import io.bizloop.core.CreditNoteId;
import io.bizloop.core.EventId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.SalesOrderId;
import java.time.LocalDate;

/**
 * A credit note for returned goods, at the order lines' price. Accounting posts Dr Revenue (net),
 * Dr output VAT / Cr Receivable up to the open items, Cr customer advances beyond.
 *
 * @param eventId idempotency key
 * @param date business date
 * @param creditNote the credit note's document id
 * @param order the sales order credited
 * @param customer who is credited
 * @param amounts net and VAT credited
 */
public record CreditNoteIssued(
    EventId eventId, LocalDate date, CreditNoteId creditNote, SalesOrderId order, CustomerId customer, LineAmounts amounts)
    implements BusinessEvent {

  /**
   * Checks that every required part of the event is given.
   *
   * @param eventId idempotency key
   * @param date business date
   * @param creditNote the credit note's document id
   * @param order the sales order credited
   * @param customer who is credited
   * @param amounts net and VAT credited
   * @throws NullPointerException when a required part is missing
   */
  public CreditNoteIssued {
    Events.require(eventId, date, creditNote, order, customer, amounts);
  }

  /**
   * The credit note's number, e.g. {@code SO-1/CN1}.
   *
   * @return {@code creditNote().number()}
   */
  @Override
  public String source() {
    return creditNote.number();
  }
}
