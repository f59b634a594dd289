package io.bizloop.core;

/**
 * The id of a purchase receipt (goods received into a warehouse), numbered by the library from one sequence. Printed as {@code RCPT-<number>}.
 *
 * @param sequence the sequence number, from 1
 */
public record ReceiptId(long sequence) implements DocumentId {

  /**
   * Checks the number.
   *
   * @param sequence the sequence number, from 1
   * @throws IllegalArgumentException when it is not positive
   */
  public ReceiptId {
    if (sequence < 1) {
      throw new IllegalArgumentException("receipt number must be positive, was " + sequence);
    }
  }

  /**
   * The document with this sequence number.
   *
   * @param sequence the number, from 1
   * @return the id
   */
  public static ReceiptId of(long sequence) {
    return new ReceiptId(sequence);
  }

  /**
   * The printed number, {@code RCPT-<sequence>}.
   *
   * @return the number, unique among documents of this kind
   */
  @Override
  public String number() {
    return "RCPT-" + sequence;
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
