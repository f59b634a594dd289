package io.bizloop.jdbc;

import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Running balances in {@code bizloop_ledger_balance}, one row per account, changed by one atomic
 * {@code UPDATE ... SET balance_minor = balance_minor + ?} (the row lock serialises concurrent
 * postings to the same account) and undone with the transaction; the turnover (the debits of
 * every posted entry) likewise in the one row of {@code bizloop_ledger_turnover}.
 */
final class JdbcLedgerBalances implements LedgerBalances {

  private final Sql sql;

  JdbcLedgerBalances(Sql sql) {
    this.sql = sql;
  }

  public JdbcLedgerBalances(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public void add(AccountCode account, Money delta) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(delta, "delta");
    String currency = delta.currency().getCurrencyCode();
    for (int attempt = 0; attempt < 2; attempt++) {
      if (sql.update(
              "UPDATE bizloop_ledger_balance SET balance_minor = balance_minor + ? WHERE account = ? AND currency = ?",
              delta.minor(), account.value(), currency) == 1) {
        return;
      }
      if (sql.insertIfAbsent(
              "bizloop_ledger_balance", List.of("account", "currency", "balance_minor"), 1,
              account.value(), currency, delta.minor()) == 1) {
        return;
      }
    }
    Money balance = balance(account).orElseThrow();
    throw new IllegalArgumentException("cannot add " + delta + " to " + account + " kept in " + balance.currency());
  }

  @Override
  public void addTurnover(Money debits) {
    Objects.requireNonNull(debits, "debits");
    String currency = debits.currency().getCurrencyCode();
    for (int attempt = 0; attempt < 2; attempt++) {
      if (sql.update(
              "UPDATE bizloop_ledger_turnover SET debits_minor = debits_minor + ? WHERE id = 1 AND currency = ?",
              debits.minor(), currency) == 1) {
        return;
      }
      if (sql.insertIfAbsent(
              "bizloop_ledger_turnover", List.of("id", "currency", "debits_minor"), 1, 1L, currency, debits.minor()) == 1) {
        return;
      }
    }
    Money turnover = turnover().orElseThrow();
    throw new IllegalArgumentException("cannot add " + debits + " to a turnover kept in " + turnover.currency());
  }

  @Override
  public Optional<Money> turnover() {
    return sql.one(
        "SELECT debits_minor, currency FROM bizloop_ledger_turnover WHERE id = 1",
        rs -> Money.ofMinor(rs.getLong(1), Currency.getInstance(rs.getString(2))));
  }

  @Override
  public Optional<Money> balance(AccountCode account) {
    return sql.one(
        "SELECT balance_minor, currency FROM bizloop_ledger_balance WHERE account = ?",
        rs -> Money.ofMinor(rs.getLong(1), Currency.getInstance(rs.getString(2))), account.value());
  }

  @Override
  public Map<AccountCode, Money> all() {
    List<Map.Entry<AccountCode, Money>> rows =
        sql.list(
            "SELECT account, balance_minor, currency FROM bizloop_ledger_balance",
            rs -> Map.entry(new AccountCode(rs.getString(1)),
                Money.ofMinor(rs.getLong(2), Currency.getInstance(rs.getString(3)))));
    Map<AccountCode, Money> result = new HashMap<>();
    rows.forEach(e -> result.put(e.getKey(), e.getValue()));
    return result;
  }
}
