package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.AccountMapping;
import io.bizloop.accounting.domain.AccountRole;
import io.bizloop.accounting.domain.ChartOfAccounts;
import io.bizloop.accounting.domain.ChartTemplates;
import io.bizloop.core.AccountCode;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * The company's book settings: the book currency, the chart and which account plays each role.
 *
 * <p>Invariants: every mapped account is in the chart; the currency has a minor unit.
 *
 * @param currency the book currency
 * @param chart the chart of accounts
 * @param mapping role → account code
 */
public record AccountingSettings(Currency currency, ChartOfAccounts chart, AccountMapping mapping) {

  /**
   * Checks the settings.
   *
   * @param currency the book currency
   * @param chart the chart of accounts
   * @param mapping role → account code
   * @throws NullPointerException when a part is missing
   * @throws IllegalArgumentException when the currency has no minor unit or a mapped account is not in the chart
   */
  public AccountingSettings {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(mapping, "mapping");
    if (currency.getDefaultFractionDigits() < 0) {
      throw new IllegalArgumentException("currency " + currency + " has no minor unit");
    }
    for (Map.Entry<AccountRole, AccountCode> role : mapping.asMap().entrySet()) {
      if (!chart.contains(role.getValue())) {
        throw new IllegalArgumentException(
            "account " + role.getValue() + " of role " + role.getKey() + " is not in chart " + chart.name());
      }
    }
  }

  /**
   * 小企业会计准则 chart and mapping in {@code currency}.
   *
   * @param currency the book currency
   * @return the settings
   */
  public static AccountingSettings chinaSmallEnterprise(Currency currency) {
    return new AccountingSettings(currency, ChartTemplates.chinaSmallEnterprise(), AccountMapping.chinaSmallEnterprise());
  }

  /**
   * The generic IFRS-style chart and mapping in {@code currency}.
   *
   * @param currency the book currency
   * @return the settings
   */
  public static AccountingSettings ifrsGeneric(Currency currency) {
    return new AccountingSettings(currency, ChartTemplates.ifrsGeneric(), AccountMapping.ifrsGeneric());
  }

  /**
   * The account of {@code role}.
   *
   * @param role the role
   * @return its account code
   */
  public AccountCode code(AccountRole role) {
    return mapping.code(role);
  }
}
