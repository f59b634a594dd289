package io.bizloop.accounting.memory;

import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Running account balances in memory, undone with the unit of work. Each account's balance is a
 * cell changed in place (one lookup, no map write per posted line); the unit of work's log keeps
 * the amount a change replaced. Changes run under the unit of work's write lock (a change from
 * outside a unit is a unit of its own), reads from outside a unit under its read lock.
 */
public final class InMemoryLedgerBalances implements LedgerBalances {

  /** A balance: the amount, or null while none was posted (or the posting was rolled back). */
  private static final class Cell {
    Money amount;
  }

  private final InMemoryUnitOfWork unitOfWork;
  /** Guarded by the unit of work's lock; a cell, once made, stays (a rolled-back balance reads as absent). */
  private final Map<AccountCode, Cell> balances = new HashMap<>();
  private final Cell turnover = new Cell();
  /** Puts back the amount a rolled-back change replaced (one instance: no object per change). */
  private final InMemoryUnitOfWork.Undo putBack = (cell, old) -> ((Cell) cell).amount = (Money) old;

  /**
   * Empty balances.
   *
   * @param unitOfWork the unit of work that undoes its writes
   */
  public InMemoryLedgerBalances(InMemoryUnitOfWork unitOfWork) {
    this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
  }

  @Override
  public void add(AccountCode account, Money delta) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(delta, "delta");
    if (!unitOfWork.active()) {
      unitOfWork.execute(() -> {
        add(account, delta);
        return Outcome.done();
      });
      return;
    }
    Cell cell = balances.get(account);
    if (cell == null) {
      cell = new Cell();
      balances.put(account, cell);
    }
    addTo(cell, delta);
  }

  @Override
  public void addTurnover(Money debits) {
    Objects.requireNonNull(debits, "debits");
    if (!unitOfWork.active()) {
      unitOfWork.execute(() -> {
        addTurnover(debits);
        return Outcome.done();
      });
      return;
    }
    addTo(turnover, debits);
  }

  /** Adds {@code delta} to the cell inside the caller's unit, logging what it replaced. */
  private void addTo(Cell cell, Money delta) {
    Money current = cell.amount;
    cell.amount = current == null ? delta : current.plus(delta); // plus refuses another currency or an overflow: nothing changed
    unitOfWork.onRollback(putBack, cell, current);
  }

  @Override
  public Optional<Money> turnover() {
    return Optional.ofNullable(unitOfWork.active() ? turnover.amount : unitOfWork.read(() -> turnover.amount));
  }

  @Override
  public Optional<Money> balance(AccountCode account) {
    Objects.requireNonNull(account, "account");
    return Optional.ofNullable(unitOfWork.active() ? amountOf(account) : unitOfWork.read(() -> amountOf(account)));
  }

  private Money amountOf(AccountCode account) {
    Cell cell = balances.get(account);
    return cell == null ? null : cell.amount;
  }

  @Override
  public Map<AccountCode, Money> all() {
    return unitOfWork.active() ? copy() : unitOfWork.read(this::copy);
  }

  private Map<AccountCode, Money> copy() {
    Map<AccountCode, Money> copy = new HashMap<>();
    for (Map.Entry<AccountCode, Cell> balance : balances.entrySet()) {
      if (balance.getValue().amount != null) {
        copy.put(balance.getKey(), balance.getValue().amount);
      }
    }
    return copy;
  }
}
