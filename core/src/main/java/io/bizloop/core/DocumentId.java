package io.bizloop.core;

/**
 * The id of a document the library creates or a business event comes from: a sales order, a
 * shipment, an invoice, a credit note, a return, a purchase receipt, a stock count, a payment.
 *
 * <p>Each kind is a typed value made of its parts (an order and a sequence number, say), so two
 * different documents never share an id whatever characters the user's ids hold. {@link #number()}
 * is the printed document number: unique within its kind by construction.
 */
public interface DocumentId {

  /**
   * The printed document number, e.g. {@code SO-1/S2} for the second shipment of order SO-1.
   *
   * @return the number, unique within the document's kind
   */
  String number();
}
