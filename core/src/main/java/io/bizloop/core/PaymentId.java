package io.bizloop.core;

/**
 * The id of a payment received from a customer or paid to a supplier, numbered by the library from one sequence. Printed as {@code PAY-<number>}.
 *
 * @param sequence the sequence number, from 1
 */
public record PaymentId(long sequence) implements DocumentId {

  /**
   * Checks the number.
   *
   * @param sequence the sequence number, from 1
   * @throws IllegalArgumentException when it is not positive
   */
  public PaymentId {
    if (sequence < 1) {
      throw new IllegalArgumentException("payment number must be positive, was " + sequence);
    }
  }

  /**
   * The document with this sequence number.
   *
   * @param sequence the number, from 1
   * @return the id
   */
  public static PaymentId of(long sequence) {
    return new PaymentId(sequence);
  }

  /**
   * The printed number, {@code PAY-<sequence>}.
   *
   * @return the number, unique among documents of this kind
   */
  @Override
  public String number() {
    return "PAY-" + sequence;
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
