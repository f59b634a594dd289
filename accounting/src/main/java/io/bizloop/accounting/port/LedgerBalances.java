package io.bizloop.accounting.port;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import java.util.Map;
import java.util.Optional;

/**
 * The running balance (debits − credits) of every account and the books' turnover (Σ debits of
 * every posted line), kept incrementally as entries post.
 *
 * <p>Contract the host honours: {@link #add} and {@link #addTurnover} are atomic and part of the
 * caller's unit of work.
 */
public interface LedgerBalances {

  /**
   * Adds {@code delta} to the balance of {@code account}.
   *
   * @param account the account
   * @param delta debit − credit of a posted line
   */
  void add(AccountCode account, Money delta);

  /**
   * Adds the debits of a posted entry to the turnover.
   *
   * @param debits Σ debits of the entry
   */
  void addTurnover(Money debits);

  /**
   * The balance of {@code account}.
   *
   * @param account the account
   * @return debits − credits (a credit balance is negative), empty when nothing ever posted to it
   */
  Optional<Money> balance(AccountCode account);

  /**
   * Σ debits of every line posted so far: the bound of every sum the books keep.
   *
   * @return the turnover, empty when nothing posted yet
   */
  Optional<Money> turnover();

  /**
   * Every account that was posted to, with its balance.
   *
   * @return account → debits − credits
   */
  Map<AccountCode, Money> all();
}
