package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;

/**
 * One account of the trial balance.
 *
 * @param account the account code
 * @param name the account's name in the chart (the code when the chart does not hold it)
 * @param balance debits − credits of its posted lines: a debit balance is positive, a credit
 *     balance (a liability, equity or revenue account, usually) is negative; never zero in a report
 */
public record TrialBalanceRow(AccountCode account, String name, Money balance) {}
