package io.bizloop.core;

/**
 * The id of a sales lead.
 *
 * @param value non-blank text without control characters
 */
public record LeadId(String value) {

  public LeadId {
    Ids.requireText(value, "lead id");
  }

  public static LeadId of(String value) {
    return new LeadId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
