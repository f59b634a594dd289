package io.bizloop.accounting.port;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import java.util.Map;
import java.util.Optional;

/**
 * The running balance (debits minus credits) of every account, kept incrementally as entries post.
 *
 * <p>Contract: {@link #add} is atomic and part of the caller's unit of work.
 */
public interface LedgerBalances {

  /** Adds {@code delta} to the balance of {@code account}. */
  void add(AccountCode account, Money delta);

  /** The balance of {@code account}, empty when nothing ever posted to it. */
  Optional<Money> balance(AccountCode account);

  /** Every account that was posted to, with its balance. */
  Map<AccountCode, Money> all();
}
