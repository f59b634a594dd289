package io.bizloop.core;

/**
 * The id of a sales opportunity.
 *
 * @param value non-blank text without control characters
 */
public record OpportunityId(String value) {

  public OpportunityId {
    Ids.requireText(value, "opportunity id");
  }

  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
