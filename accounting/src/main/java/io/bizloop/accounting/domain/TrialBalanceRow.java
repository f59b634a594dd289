package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;

/**
 * One account of the trial balance.
 *
 * @param account the account code
 * @param name the account's name
 * @param balance debits minus credits of its posted lines (a credit balance is negative)
 */
public record TrialBalanceRow(AccountCode account, String name, Money balance) {}
