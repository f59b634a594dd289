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
 * Running balances in {@code bizloop_ledger_balance}, one row per account, changed by an atomic
 * upsert adding to {@code balance_minor} (the row lock serialises concurrent postings to the same
 * account) and undone with the transaction; the turnover (the debits of every posted entry)
 * likewise in the one row of {@code bizloop_ledger_turnover}. The increments are deferred writes
 * of the transaction (sent as one batch before the commit or before a read of these tables); the
 * turnover is read once per transaction.
 */
final class JdbcLedgerBalances implements LedgerBalances {

  private static final Object TURNOVER = new Object();

  private final Sql sql;

  JdbcLedgerBalances(Sql sql) {
    this.sql = sql;
  }

  public JdbcLedgerBalances(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  private volatile String addToBalance;
  private volatile String addToTurnover;

  private String addToBalance() {
    String statement = addToBalance;
    if (statement == null) {
      statement = sql.unitOfWork().dialect().addTo("bizloop_ledger_balance", "account", "currency", "balance_minor");
      addToBalance = statement;
    }
    return statement;
  }

  private String addToTurnover() {
    String statement = addToTurnover;
    if (statement == null) {
      statement = sql.unitOfWork().dialect().addTo("bizloop_ledger_turnover", "id", "currency", "debits_minor");
      addToTurnover = statement;
    }
    return statement;
  }

  @Override
  public void add(AccountCode account, Money delta) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(delta, "delta");
    sql.deferMerging("bizloop_ledger_balance",
        addToBalance(),
        List.of(account.value(), delta.currency().getCurrencyCode()), Transaction.Merge.ADD,
        account.value(), delta.currency().getCurrencyCode(), delta.minor());
  }

  @Override
  public void addTurnover(Money debits) {
    Objects.requireNonNull(debits, "debits");
    sql.deferMerging("bizloop_ledger_turnover",
        addToTurnover(),
        debits.currency().getCurrencyCode(), Transaction.Merge.ADD, 1, debits.currency().getCurrencyCode(), debits.minor());
    Transaction tx = sql.transaction();
    if (tx != null && tx.cached(TURNOVER) instanceof Money known) {
      Money next = null;
      if (known.currency().equals(debits.currency())) {
        try {
          next = known.plus(debits);
        } catch (ArithmeticException beyondLong) {
          next = null; // read again: the database will tell
        }
      }
      tx.cache(TURNOVER, next);
    }
  }

  /** The turnover, read once per transaction and then kept with the postings that add to it. */
  @Override
  public Optional<Money> turnover() {
    Transaction tx = sql.transaction();
    if (tx != null && tx.cached(TURNOVER) instanceof Money known) {
      return Optional.of(known);
    }
    Optional<Money> read = sql.one(
        "SELECT debits_minor, currency FROM bizloop_ledger_turnover WHERE id = 1",
        rs -> Money.ofMinor(rs.getLong(1), Currency.getInstance(rs.getString(2))));
    if (tx != null && read.isPresent()) {
      tx.cache(TURNOVER, read.get());
    }
    return read;
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
