package io.bizloop.core;

/**
 * The code of a ledger account in the chart, e.g. {@code 1405} or {@code 22210101}.
 *
 * <p>Invariant: {@code value} follows the id rule of {@link Ids} and holds only ASCII letters,
 * digits, dots and dashes. Codes are equal exactly when their texts are equal.
 *
 * @param value the code
 */
public record AccountCode(String value) {

  /**
   * Checks the code.
   *
   * @param value the code
   * @throws IllegalArgumentException when it is missing, breaks the id rule or holds a character
   *     other than an ASCII letter, a digit, {@code .} or {@code -}
   */
  public AccountCode {
    Ids.requireText(value, "account code");
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      boolean allowed = (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '.' || ch == '-';
      if (!allowed) {
        throw new IllegalArgumentException(
            "account code " + Ids.quote(value) + " may hold only letters, digits, '.' and '-'");
      }
    }
  }

  /**
   * An account code from its text.
   *
   * @param value the code, e.g. {@code "1122"}
   * @return the code
   * @throws IllegalArgumentException when the text is not a valid account code
   */
  public static AccountCode of(String value) {
    return new AccountCode(value);
  }

  /**
   * The code as written in the chart.
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
    return this == other || (other instanceof AccountCode that && value.equals(that.value));
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
