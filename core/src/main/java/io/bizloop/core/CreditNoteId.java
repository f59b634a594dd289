package io.bizloop.core;

import java.util.Objects;

/**
 * The id of a credit note of a sales order: the order it belongs to and its sequence number within that order
 * (1, 2, ...). Printed as {@code <order>/CN<number>}, which is unique by construction: the part
 * after the last {@code /CN} is all digits, so no two (order, number) pairs print alike.
 *
 * @param order the sales order
 * @param sequence the sequence number within the order, from 1
 */
public record CreditNoteId(SalesOrderId order, int sequence) implements DocumentId {

  /**
   * Checks the parts.
   *
   * @param order the sales order
   * @param sequence the sequence number within the order, from 1
   * @throws IllegalArgumentException when the order is missing or the number is not positive
   */
  public CreditNoteId {
    if (order == null) {
      throw new IllegalArgumentException("credit note needs an order");
    }
    if (sequence < 1) {
      throw new IllegalArgumentException("credit note number must be positive, was " + sequence);
    }
  }

  /**
   * The {@code sequence}-th credit note of {@code order}.
   *
   * @param order the sales order
   * @param sequence its sequence number, from 1
   * @return the id
   */
  public static CreditNoteId of(SalesOrderId order, int sequence) {
    return new CreditNoteId(order, sequence);
  }

  /**
   * The printed number, {@code <order>/CN<sequence>}.
   *
   * @return the number, unique among documents of this kind
   */
  @Override
  public String number() {
    return order.value() + "/CN" + sequence;
  }

  /**
   * The printed number, as {@link #number()}.
   *
   * @return the number
   */
  @Override
  public String toString() {
    return number();
  }
}
