package io.bizloop.accounting.memory;

import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Running account balances in memory, updated atomically and undone with the unit of work. */
public final class InMemoryLedgerBalances implements LedgerBalances {

  private final TxMap<AccountCode, Money> balances;
  private final TxMap<Boolean, Money> turnover;
  private final java.util.Set<AccountCode> known = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Empty balances.
   *
   * @param unitOfWork the unit of work that undoes its writes
   */
  public InMemoryLedgerBalances(InMemoryUnitOfWork unitOfWork) {
    this.balances = new TxMap<>(Objects.requireNonNull(unitOfWork, "unitOfWork"));
    this.turnover = new TxMap<>(unitOfWork);
  }

  @Override
  public void add(AccountCode account, Money delta) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(delta, "delta");
    while (true) {
      Money current = balances.getOrNull(account);
      Money next = current == null ? delta : current.plus(delta);
      if (balances.replace(account, current, next)) {
        if (current == null) {
          known.add(account); // a balance once stored stays known (a rolled-back one reads as absent)
        }
        return;
      }
    }
  }

  @Override
  public void addTurnover(Money debits) {
    Objects.requireNonNull(debits, "debits");
    while (true) {
      Money current = turnover.getOrNull(Boolean.TRUE);
      Money next = current == null ? debits : current.plus(debits);
      if (turnover.replace(Boolean.TRUE, current, next)) {
        return;
      }
    }
  }

  @Override
  public Optional<Money> turnover() {
    return turnover.get(Boolean.TRUE);
  }

  @Override
  public Optional<Money> balance(AccountCode account) {
    return balances.get(account);
  }

  @Override
  public Map<AccountCode, Money> all() {
    Map<AccountCode, Money> copy = new HashMap<>();
    for (AccountCode code : known) {
      balances.get(code).ifPresent(b -> copy.put(code, b));
    }
    return copy;
  }
}
