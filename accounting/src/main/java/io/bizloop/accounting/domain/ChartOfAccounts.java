package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A chart of accounts: the accounts a company posts to, in code order.
 *
 * <p>Invariants: immutable; each code appears once. Codes are ordered as text, so a
 * sub-account ({@code 22210101}) follows its parent ({@code 2221}).
 */
public final class ChartOfAccounts {

  private final String name;
  private final TreeMap<String, Account> accounts = new TreeMap<>();

  /** The same accounts by code text, for lookups on the posting path (the tree keeps the order). */
  private final java.util.HashMap<String, Account> byCode = new java.util.HashMap<>();

  private ChartOfAccounts(String name, Collection<Account> accounts) {
    this.name = Objects.requireNonNull(name, "name");
    for (Account account : accounts) {
      if (this.accounts.put(account.code().value(), account) != null) {
        throw new IllegalArgumentException("account " + account.code() + " appears twice in chart " + name);
      }
    }
    if (this.accounts.isEmpty()) {
      throw new IllegalArgumentException("chart " + name + " has no accounts");
    }
    this.byCode.putAll(this.accounts);
  }

  /**
   * A chart of {@code accounts}.
   *
   * @param name the chart's name
   * @param accounts its accounts
   * @return the chart
   * @throws IllegalArgumentException when a code appears twice or there is no account
   */
  public static ChartOfAccounts of(String name, Collection<Account> accounts) {
    return new ChartOfAccounts(name, List.copyOf(accounts));
  }

  /**
   * The chart's name.
   *
   * @return e.g. {@code 小企业会计准则}
   */
  public String name() {
    return name;
  }

  /**
   * The account of {@code code}.
   *
   * @param code the code
   * @return the account, or empty when the chart does not hold it
   */
  public Optional<Account> find(AccountCode code) {
    return Optional.ofNullable(byCode.get(code.value()));
  }

  /**
   * Whether the chart holds {@code code}.
   *
   * @param code the code
   * @return true when it does
   */
  public boolean contains(AccountCode code) {
    return byCode.containsKey(code.value());
  }

  /**
   * The code of the account written exactly as {@code text} (no trimming), or {@code null} when
   * no account of this chart is: a lookup without parsing for text that is already a known code.
   *
   * @param text the code as typed (may be null)
   * @return the account's code, or null
   */
  public AccountCode codeOrNull(String text) {
    Account account = text == null ? null : byCode.get(text);
    return account == null ? null : account.code();
  }

  /**
   * The account of {@code code}.
   *
   * @param code the code
   * @return the account
   * @throws IllegalArgumentException when the chart does not hold it
   */
  public Account account(AccountCode code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("account " + code + " is not in chart " + name));
  }

  /**
   * The accounts.
   *
   * @return the accounts in code order
   */
  public List<Account> accounts() {
    return List.copyOf(accounts.values());
  }

  /**
   * A copy with {@code account} added or replaced.
   *
   * @param account the account
   * @return the changed copy
   */
  public ChartOfAccounts with(Account account) {
    TreeMap<String, Account> copy = new TreeMap<>(accounts);
    copy.put(account.code().value(), account);
    return new ChartOfAccounts(name, copy.values());
  }

  /**
   * The order of account codes used by every report: text order of the codes.
   *
   * @param a a code
   * @param b another code
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  public static int compareCodes(AccountCode a, AccountCode b) {
    return a.value().compareTo(b.value());
  }

  @Override
  public String toString() {
    return "ChartOfAccounts[" + name + ", " + accounts.size() + " accounts]";
  }
}
