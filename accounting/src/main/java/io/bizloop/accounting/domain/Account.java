package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import java.util.Objects;

/**
 * One account of a chart.
 *
 * @param code the account code
 * @param name the account's name, e.g. {@code 库存商品}
 * @param type where it is reported
 * @param normal the side its balance normally stands on
 */
public record Account(AccountCode code, String name, AccountType type, NormalBalance normal) {

  /**
   * Checks the parts.
   *
   * @param code the account code
   * @param name the account's name, e.g. {@code 库存商品}
   * @param type where it is reported
   * @param normal the side its balance normally stands on
   * @throws NullPointerException when the code, type or normal side is missing
   * @throws IllegalArgumentException when the name is blank
   */
  public Account {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(normal, "normal");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("account " + code + " has no name");
    }
  }

  /**
   * An account of a chart.
   *
   * @param code the account code as text
   * @param name the account's name
   * @param type where it is reported
   * @param normal the side its balance normally stands on
   * @return the account
   * @throws IllegalArgumentException when the code or name is malformed
   */
  public static Account of(String code, String name, AccountType type, NormalBalance normal) {
    return new Account(AccountCode.of(code), name, type, normal);
  }
}
