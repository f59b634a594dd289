package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;

/**
 * One account on a financial statement.
 *
 * @param account the account code
 * @param name the account's name
 * @param amount the amount as presented in its section (a liability's credit balance is positive)
 */
public record StatementLine(AccountCode account, String name, Money amount) {}
