package io.bizloop.core;

/**
 * The id of a sales opportunity in the funnel.
 *
 * <p>Invariant: {@code value} follows the id rule of {@link Ids}: 1 to {@value Ids#MAX_LENGTH}
 * code points, no control character, no lone surrogate, no leading or trailing white space.
 * Ids are equal exactly when their texts are equal.
 *
 * @param value the id text
 */
public record OpportunityId(String value) {

  /**
   * Checks the text against the id rule.
   *
   * @param value the id text
   * @throws IllegalArgumentException when the text is missing or breaks the id rule; the message
   *     says how, quoting at most a few dozen characters of it
   */
  public OpportunityId {
    Ids.requireText(value, "opportunity id");
  }

  /**
   * An opportunity id from its text.
   *
   * @param value the id text
   * @return the id
   * @throws IllegalArgumentException when the text is missing or breaks the id rule
   */
  public static OpportunityId of(String value) {
    return new OpportunityId(value);
  }

  /**
   * The id text, so that an id prints exactly as it was given.
   *
   * @return {@link #value()}
   */
  @Override
  public String toString() {
    return value;
  }

  /**
   * Equal when the values are equal (written out: a record's generated equality is slower on
   * the hot paths of the in-memory store, where ids are map keys).
   *
   * @param other another object
   * @return whether it is the same id
   */
  @Override
  public boolean equals(Object other) {
    return this == other || (other instanceof OpportunityId that && value.equals(that.value));
  }

  /**
   * The value's hash, as the record's generated one.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
