package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which account code plays each {@link AccountRole}. Posting code uses roles only, so a host can
 * change the accounts without touching it.
 *
 * <p>Invariants: immutable; every role is mapped.
 */
public final class AccountMapping {

  private final Map<AccountRole, AccountCode> codes;
  /** The same codes by the role's ordinal: every posting asks for several, an array read each. */
  private final AccountCode[] byRole;
  private final Set<AccountCode> controlAccounts;

  private AccountMapping(Map<AccountRole, AccountCode> codes) {
    EnumMap<AccountRole, AccountCode> copy = new EnumMap<>(AccountRole.class);
    copy.putAll(codes);
    for (AccountRole role : AccountRole.values()) {
      if (copy.get(role) == null) {
        throw new IllegalArgumentException("account role " + role + " is not mapped");
      }
    }
    this.codes = Collections.unmodifiableMap(copy);
    this.byRole = copy.values().toArray(new AccountCode[0]); // an EnumMap's values come in ordinal order, every role mapped
    this.controlAccounts =
        copy.entrySet().stream()
            .filter(e -> e.getKey().isControl())
            .map(Map.Entry::getValue)
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * A mapping of every role.
   *
   * @param codes the code of each role
   * @return the mapping
   * @throws IllegalArgumentException when a role is missing
   */
  public static AccountMapping of(Map<AccountRole, AccountCode> codes) {
    return new AccountMapping(Objects.requireNonNull(codes, "codes"));
  }

  /**
   * The mapping onto {@link ChartTemplates#chinaSmallEnterprise()}: 1122, 2202, 1405, 5001, 5401,
   * 22210101, 22210102, 1002, 2203, 1123, 1901, 3001 (paid-in capital), 3103 (profit for the
   * year) and 3104 (retained earnings).
   *
   * @return the mapping
   */
  public static AccountMapping chinaSmallEnterprise() {
    EnumMap<AccountRole, AccountCode> m = new EnumMap<>(AccountRole.class);
    m.put(AccountRole.RECEIVABLE, AccountCode.of("1122"));
    m.put(AccountRole.PAYABLE, AccountCode.of("2202"));
    m.put(AccountRole.INVENTORY, AccountCode.of("1405"));
    m.put(AccountRole.REVENUE, AccountCode.of("5001"));
    m.put(AccountRole.COGS, AccountCode.of("5401"));
    m.put(AccountRole.INPUT_VAT, AccountCode.of("22210101"));
    m.put(AccountRole.OUTPUT_VAT, AccountCode.of("22210102"));
    m.put(AccountRole.BANK, AccountCode.of("1002"));
    m.put(AccountRole.CUSTOMER_ADVANCES, AccountCode.of("2203"));
    m.put(AccountRole.SUPPLIER_PREPAYMENTS, AccountCode.of("1123"));
    m.put(AccountRole.STOCK_DIFFERENCES, AccountCode.of("1901"));
    m.put(AccountRole.PAID_IN_CAPITAL, AccountCode.of("3001"));
    m.put(AccountRole.PROFIT_FOR_THE_YEAR, AccountCode.of("3103"));
    m.put(AccountRole.RETAINED_EARNINGS, AccountCode.of("3104"));
    return new AccountMapping(m);
  }

  /**
   * The mapping onto {@link ChartTemplates#ifrsGeneric()}: 1100, 2000, 1200, 4000, 5000, 1300,
   * 2100, 1010, 2010, 1110, 1900, 3000 (share capital), 3300 (profit for the year) and 3200
   * (retained earnings).
   *
   * @return the mapping
   */
  public static AccountMapping ifrsGeneric() {
    EnumMap<AccountRole, AccountCode> m = new EnumMap<>(AccountRole.class);
    m.put(AccountRole.RECEIVABLE, AccountCode.of("1100"));
    m.put(AccountRole.PAYABLE, AccountCode.of("2000"));
    m.put(AccountRole.INVENTORY, AccountCode.of("1200"));
    m.put(AccountRole.REVENUE, AccountCode.of("4000"));
    m.put(AccountRole.COGS, AccountCode.of("5000"));
    m.put(AccountRole.INPUT_VAT, AccountCode.of("1300"));
    m.put(AccountRole.OUTPUT_VAT, AccountCode.of("2100"));
    m.put(AccountRole.BANK, AccountCode.of("1010"));
    m.put(AccountRole.CUSTOMER_ADVANCES, AccountCode.of("2010"));
    m.put(AccountRole.SUPPLIER_PREPAYMENTS, AccountCode.of("1110"));
    m.put(AccountRole.STOCK_DIFFERENCES, AccountCode.of("1900"));
    m.put(AccountRole.PAID_IN_CAPITAL, AccountCode.of("3000"));
    m.put(AccountRole.PROFIT_FOR_THE_YEAR, AccountCode.of("3300"));
    m.put(AccountRole.RETAINED_EARNINGS, AccountCode.of("3200"));
    return new AccountMapping(m);
  }

  /**
   * The code of {@code role}.
   *
   * @param role the role
   * @return its account code
   */
  public AccountCode code(AccountRole role) {
    return byRole[Objects.requireNonNull(role, "role").ordinal()];
  }

  /**
   * A copy with {@code role} mapped to {@code code}.
   *
   * @param role the role
   * @param code its new account code
   * @return the changed copy
   */
  public AccountMapping with(AccountRole role, AccountCode code) {
    EnumMap<AccountRole, AccountCode> copy = new EnumMap<>(codes);
    copy.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(code, "code"));
    return new AccountMapping(copy);
  }

  /**
   * The codes of the control accounts kept by sub-ledgers.
   *
   * @return the codes of the control roles
   */
  public Set<AccountCode> controlAccounts() {
    return controlAccounts;
  }

  /**
   * Whether {@code code} is a control account kept by a sub-ledger.
   *
   * @param code an account code
   * @return true when a control role is mapped to it
   */
  public boolean isControl(AccountCode code) {
    return controlAccounts().contains(code);
  }

  /**
   * Every role and its code.
   *
   * @return an unmodifiable map of every role
   */
  public Map<AccountRole, AccountCode> asMap() {
    return codes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccountMapping other && codes.equals(other.codes);
  }

  @Override
  public int hashCode() {
    return codes.hashCode();
  }

  @Override
  public String toString() {
    return "AccountMapping" + codes;
  }
}
