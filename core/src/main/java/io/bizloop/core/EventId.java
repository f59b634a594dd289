package io.bizloop.core;

/**
 * The id of a business event: its idempotency key. Deterministic (document id plus a per-document sequence), never random or time-based.
 *
 * @param value non-blank text without control characters
 */
public record EventId(String value) {

  public EventId {
    Ids.requireText(value, "event id");
  }

  public static EventId of(String value) {
    return new EventId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
