package io.bizloop.core;

/**
 * The id of a business event: its idempotency key. Deterministic, never random or time-based.
 *
 * <p>The library derives its event ids with {@link #of(String, DocumentId)}: a fixed kind word
 * (one per purpose and document type, e.g. {@code ship} for shipments, {@code order-revenue} for
 * revenue recognised on a whole order) and the document's number. Document numbers are unique
 * within their type, so two different documents never give the same event id, whatever
 * characters the user's ids hold. {@link #of(String)} takes a key a host chose itself.
 *
 * @param value 1 to {@value #MAX_LENGTH} characters, no control character, no outer white space
 */
public record EventId(String value) {

  /** The longest event id, in code points: room for a kind word and any document number. */
  public static final int MAX_LENGTH = 255;

  /**
   * Kinds that passed {@link #requireKind}, as the very strings, by hash: a racy cache (a slot read
   * stale or overwritten only means the check runs again), holding nothing but checked kinds.
   */
  private static final String[] CHECKED_KINDS = new String[16];

  /**
   * Checks the text.
   *
   * @param value the key
   * @throws IllegalArgumentException when the text breaks the id rule or is too long
   */
  public EventId {
    Ids.requireText(value, "event id", MAX_LENGTH);
  }

  /**
   * An event id a host chose itself.
   *
   * @param value the key
   * @return the id
   * @throws IllegalArgumentException when the key is missing, breaks the id rule or is longer
   *     than {@value #MAX_LENGTH} code points
   */
  public static EventId of(String value) {
    return new EventId(value);
  }

  /**
   * The event id of {@code kind} for {@code document}: {@code kind:number}.
   *
   * @param kind a fixed lower-case word with hyphens, one per purpose and document type
   * @param document the document the event comes from
   * @return the id, unique for each (kind, document)
   * @throws IllegalArgumentException when the kind is not a lower-case word or the document is
   *     missing
   */
  public static EventId of(String kind, DocumentId document) {
    if (document == null) {
      throw new IllegalArgumentException("event document is missing");
    }
    return new EventId(requireKind(kind) + ":" + document.number());
  }

  /**
   * The event id of {@code kind} for the thing named {@code key} (a customer id, say):
   * {@code kind:key}.
   *
   * @param kind a fixed lower-case word with hyphens, one per purpose and kind of key
   * @param key the id text of the thing
   * @return the id, unique for each (kind, key)
   * @throws IllegalArgumentException when the kind is not a lower-case word, or the key is
   *     missing or makes the id break the id rule
   */
  public static EventId of(String kind, String key) {
    if (key == null) {
      throw new IllegalArgumentException("event key is missing");
    }
    return new EventId(requireKind(kind) + ":" + key);
  }

  private static String requireKind(String kind) {
    int slot = kind == null ? 0 : kind.hashCode() & (CHECKED_KINDS.length - 1);
    if (kind != null && CHECKED_KINDS[slot] == kind) {
      return kind; // this very string passed before: the kinds are a handful of constants
    }
    if (kind == null || kind.isEmpty() || kind.length() > 32) {
      throw new IllegalArgumentException("event kind must be 1 to 32 characters");
    }
    for (int i = 0; i < kind.length(); i++) {
      char c = kind.charAt(i);
      if (!(c >= 'a' && c <= 'z') && c != '-') {
        throw new IllegalArgumentException("event kind " + Ids.quote(kind) + " must be lower-case letters and hyphens");
      }
    }
    CHECKED_KINDS[slot] = kind;
    return kind;
  }

  /**
   * The key itself.
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
    return this == other || (other instanceof EventId that && value.equals(that.value));
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
