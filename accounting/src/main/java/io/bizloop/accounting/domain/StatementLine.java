package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;

/**
 * One account on a financial statement.
 *
 * @param account the account code
 * @param name the account's name
 * @param amount the amount as presented in its section: an asset's or expense's debit balance is
 *     positive, and a liability's, equity's or revenue's credit balance is positive too (it is
 *     negated from debits − credits); a balance on the unusual side is negative
 */
public record StatementLine(AccountCode account, String name, Money amount) {}
