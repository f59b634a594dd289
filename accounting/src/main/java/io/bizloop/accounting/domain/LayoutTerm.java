package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import java.util.Objects;

/**
 * One part of a statement line's amount, added or subtracted: the balance of an account (with its
 * sub-accounts), the amount of an earlier line, or the accounts of a type that no other line of
 * the layout names (so that every account lands on exactly one line and the statement foots).
 */
public sealed interface LayoutTerm {

  /**
   * Whether the part is subtracted.
   *
   * @return true for a {@code −} term
   */
  boolean subtract();

  /**
   * The term as a formula reads it, e.g. {@code + 1001}, {@code − 1407}, {@code − [19]}.
   *
   * @return the text
   */
  String text();

  /**
   * The balance of an account and of every account whose code starts with it (22210101 and
   * 22210102 under 2221), taken on the side the account {@code code} normally stands on: a debit
   * balance of a debit account is positive, a credit balance of a credit account is positive.
   *
   * @param code the account
   * @param subtract whether the balance is subtracted (a contra account such as 1407 or 1602)
   */
  record OfAccount(AccountCode code, boolean subtract) implements LayoutTerm {

    /**
     * Checks the code.
     *
     * @param code the account
     * @param subtract whether the balance is subtracted
     * @throws NullPointerException when the code is missing
     */
    public OfAccount {
      Objects.requireNonNull(code, "code");
    }

    /**
     * Whether {@code account} is this account or one of its sub-accounts.
     *
     * @param account an account code
     * @return true when the code starts with this term's code
     */
    public boolean covers(AccountCode account) {
      return account.value().startsWith(code.value());
    }

    @Override
    public String text() {
      return (subtract ? "− " : "+ ") + code.value();
    }
  }

  /**
   * The amount of an earlier line of the same layout.
   *
   * @param key the line's key
   * @param subtract whether it is subtracted
   */
  record OfLine(String key, boolean subtract) implements LayoutTerm {

    /**
     * Checks the key.
     *
     * @param key the line's key
     * @param subtract whether it is subtracted
     * @throws IllegalArgumentException when the key is blank
     */
    public OfLine {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException("line key is blank");
      }
    }

    @Override
    public String text() {
      return (subtract ? "− [" : "+ [") + key + "]";
    }
  }

  /**
   * The accounts of {@code type} that no other (non-detail) line of the layout names, each taken
   * on its type's side: debit for assets, costs and expenses, credit for liabilities, equity and
   * revenue. An account outside the chart counts as an asset.
   *
   * @param type the account type
   * @param subtract whether the sum is subtracted
   */
  record OfOthers(AccountType type, boolean subtract) implements LayoutTerm {

    /**
     * Checks the type.
     *
     * @param type the account type
     * @param subtract whether the sum is subtracted
     * @throws NullPointerException when the type is missing
     */
    public OfOthers {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public String text() {
      return (subtract ? "− other " : "+ other ") + type.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Adds an account's balance.
   *
   * @param code the account code, e.g. {@code "1002"}
   * @return the term
   */
  static LayoutTerm plus(String code) {
    return new OfAccount(AccountCode.of(code), false);
  }

  /**
   * Subtracts an account's balance (on its own normal side), e.g. 1602 累计折旧.
   *
   * @param code the account code
   * @return the term
   */
  static LayoutTerm minus(String code) {
    return new OfAccount(AccountCode.of(code), true);
  }

  /**
   * Adds an earlier line.
   *
   * @param key the line's key
   * @return the term
   */
  static LayoutTerm line(String key) {
    return new OfLine(key, false);
  }

  /**
   * Subtracts an earlier line.
   *
   * @param key the line's key
   * @return the term
   */
  static LayoutTerm lessLine(String key) {
    return new OfLine(key, true);
  }

  /**
   * Adds the accounts of a type no other line names.
   *
   * @param type the type
   * @return the term
   */
  static LayoutTerm others(AccountType type) {
    return new OfOthers(type, false);
  }

  /**
   * Subtracts the accounts of a type no other line names.
   *
   * @param type the type
   * @return the term
   */
  static LayoutTerm lessOthers(AccountType type) {
    return new OfOthers(type, true);
  }
}
