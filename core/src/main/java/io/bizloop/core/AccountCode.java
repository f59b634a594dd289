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
    if (!value.matches("[0-9A-Za-z.\\-]+")) {
      throw new IllegalArgumentException("account code '" + value + "' may hold only letters, digits, '.' and '-'");
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
