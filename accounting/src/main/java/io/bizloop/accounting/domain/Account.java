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

  public Account {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(normal, "normal");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("account " + code + " has no name");
    }
  }

  public static Account of(String code, String name, AccountType type, NormalBalance normal) {
    return new Account(AccountCode.of(code), name, type, normal);
  }
}
