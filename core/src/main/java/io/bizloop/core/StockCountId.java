package io.bizloop.core;

/**
 * The id of a stock count that changed what is on hand, numbered by the library from one sequence. Printed as {@code COUNT-<number>}.
 *
 * @param sequence the sequence number, from 1
 */
public record StockCountId(long sequence) implements DocumentId {

  /**
   * Checks the number.
   *
   * @param sequence the sequence number, from 1
   * @throws IllegalArgumentException when it is not positive
   */
  public StockCountId {
    if (sequence < 1) {
      throw new IllegalArgumentException("stock count number must be positive, was " + sequence);
    }
  }

  /**
   * The document with this sequence number.
   *
   * @param sequence the number, from 1
   * @return the id
   */
  public static StockCountId of(long sequence) {
    return new StockCountId(sequence);
  }

  /**
   * The printed number, {@code COUNT-<sequence>}.
   *
   * @return the number, unique among documents of this kind
   */
  @Override
  public String number() {
    return "COUNT-" + sequence;
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
