package io.bizloop.inventory.domain;

import io.bizloop.core.Ids;

/**
 * The id of a stand-alone reservation (a hold on stock that is not a sales order's, e.g. a
 * quotation or a host's own allocation). Order reservations are held by {@link OrderAllocation},
 * never under such an id, so the two kinds cannot collide whatever the text.
 *
 * @param value 1 to 64 characters, no control character, no outer white space
 */
public record ReservationId(String value) {

  /**
   * Checks the text.
   *
   * @param value 1 to 64 characters, no control character, no outer white space
   * @throws IllegalArgumentException when it breaks the id rule
   */
  public ReservationId {
    Ids.requireText(value, "reservation id");
  }

  /**
   * The reservation named {@code value}.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException when it breaks the id rule
   */
  public static ReservationId of(String value) {
    return new ReservationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
