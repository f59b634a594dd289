package io.bizloop.core;

/**
 * The id of a service ticket.
 *
 * @param value non-blank text without control characters
 */
public record TicketId(String value) {

  public TicketId {
    Ids.requireText(value, "ticket id");
  }

  public static TicketId of(String value) {
    return new TicketId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
