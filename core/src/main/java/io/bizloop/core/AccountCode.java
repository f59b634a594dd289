package io.bizloop.core;

/**
 * The code of a ledger account, e.g. {@code 1405} or {@code 22210101}: letters, digits,
 * dots and dashes.
 *
 * @param value the code
 */
public record AccountCode(String value) {

  public AccountCode {
    Ids.requireText(value, "account code");
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      boolean allowed = (ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || ch == '.' || ch == '-';
      if (!allowed) {
        throw new IllegalArgumentException("account code '" + value + "' may hold only letters, digits, '.' and '-'");
      }
    }
  }

  public static AccountCode of(String value) {
    return new AccountCode(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
