package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The ledger's reports, computed from balances or from posted entries: trial balance, balances
 * as of a date, balance sheet and income statement. Pure functions; the running balances
 * themselves are kept incrementally as entries post. None of them overflows: the books keep the
 * Σ debits of every posted line within {@link BooksRange}, which bounds every figure here.
 */
public final class Ledger {

  private Ledger() {}

  /**
   * The accounts with a non-zero balance, in code order, named from {@code chart}.
   *
   * @param chart the chart that names the accounts
   * @param balances each account's balance, debits − credits
   * @return one row per account with a non-zero balance
   */
  public static List<TrialBalanceRow> trialBalance(ChartOfAccounts chart, Map<AccountCode, Money> balances) {
    TreeMap<String, TrialBalanceRow> rows = new TreeMap<>();
    for (Map.Entry<AccountCode, Money> balance : balances.entrySet()) {
      if (balance.getValue().isZero()) {
        continue;
      }
      AccountCode code = balance.getKey();
      String name = chart.find(code).map(Account::name).orElse(code.value());
      rows.put(code.value(), new TrialBalanceRow(code, name, balance.getValue()));
    }
    return List.copyOf(rows.values());
  }

  /**
   * Σ positive balances and Σ negated negative balances.
   *
   * @param rows the trial balance
   * @param currency the book currency
   * @return the debit and credit totals
   */
  public static Totals totals(List<TrialBalanceRow> rows, Currency currency) {
    Money debit = Money.zero(currency);
    Money credit = Money.zero(currency);
    for (TrialBalanceRow row : rows) {
      if (row.balance().isPositive()) {
        debit = debit.plus(row.balance());
      } else {
        credit = credit.minus(row.balance());
      }
    }
    return new Totals(debit, credit);
  }

  /**
   * Debits minus credits of each account over the posted entries that {@code which} selects.
   *
   * @param entries the journal
   * @param which selects the entries to count
   * @param currency the book currency
   * @return each account's balance, in code order
   */
  public static Map<AccountCode, Money> balances(
      List<JournalEntry> entries, Predicate<JournalEntry> which, Currency currency) {
    Map<AccountCode, Money> balances = new TreeMap<>(ChartOfAccounts::compareCodes);
    for (JournalEntry entry : entries) {
      if (!entry.isPosted() || !which.test(entry)) {
        continue;
      }
      for (JournalLine line : entry.lines()) {
        balances.merge(line.account(), line.signed(), Money::plus);
      }
    }
    return balances;
  }

  /**
   * The balance of {@code account} over the posted entries dated on or before {@code asOf}.
   *
   * @param entries the journal
   * @param account the account
   * @param asOf the last date counted
   * @param currency the book currency
   * @return debits − credits (a credit balance is negative)
   */
  public static Money balanceAsOf(List<JournalEntry> entries, AccountCode account, LocalDate asOf, Currency currency) {
    return balances(entries, e -> !e.date().isAfter(asOf), currency).getOrDefault(account, Money.zero(currency));
  }

  /**
   * The balance sheet at the last day of {@code period}.
   *
   * @param chart the chart that classifies and names the accounts
   * @param entries the journal
   * @param period the period
   * @param currency the book currency
   * @return the balance sheet
   */
  public static BalanceSheet balanceSheet(
      ChartOfAccounts chart, List<JournalEntry> entries, Period period, Currency currency) {
    LocalDate asOf = period.lastDay();
    Map<AccountCode, Money> balances = balances(entries, e -> !e.date().isAfter(asOf), currency);
    List<StatementLine> assets = new ArrayList<>();
    List<StatementLine> liabilities = new ArrayList<>();
    List<StatementLine> equity = new ArrayList<>();
    Money profit = Money.zero(currency);
    for (Map.Entry<AccountCode, Money> b : balances.entrySet()) {
      if (b.getValue().isZero()) {
        continue;
      }
      Account account = chart.find(b.getKey()).orElse(null);
      AccountType type = account == null ? AccountType.ASSET : account.type();
      String name = account == null ? b.getKey().value() : account.name();
      switch (type) {
        case ASSET, COST -> assets.add(new StatementLine(b.getKey(), name, b.getValue()));
        case LIABILITY -> liabilities.add(new StatementLine(b.getKey(), name, b.getValue().negate()));
        case EQUITY -> equity.add(new StatementLine(b.getKey(), name, b.getValue().negate()));
        case REVENUE, EXPENSE -> profit = profit.minus(b.getValue());
      }
    }
    return new BalanceSheet(
        period, asOf, assets, liabilities, equity, profit,
        sum(assets, currency), sum(liabilities, currency), sum(equity, currency));
  }

  /**
   * The income statement of the movements dated within {@code period}.
   *
   * @param chart the chart that classifies and names the accounts
   * @param entries the journal
   * @param period the period
   * @param currency the book currency
   * @return the income statement
   */
  public static IncomeStatement incomeStatement(
      ChartOfAccounts chart, List<JournalEntry> entries, Period period, Currency currency) {
    Map<AccountCode, Money> movements = balances(entries, e -> period.contains(e.date()), currency);
    List<StatementLine> revenue = new ArrayList<>();
    List<StatementLine> expenses = new ArrayList<>();
    for (Map.Entry<AccountCode, Money> m : movements.entrySet()) {
      if (m.getValue().isZero()) {
        continue;
      }
      Account account = chart.find(m.getKey()).orElse(null);
      if (account == null) {
        continue;
      }
      if (account.type() == AccountType.REVENUE) {
        revenue.add(new StatementLine(m.getKey(), account.name(), m.getValue().negate()));
      } else if (account.type() == AccountType.EXPENSE) {
        expenses.add(new StatementLine(m.getKey(), account.name(), m.getValue()));
      }
    }
    Money totalRevenue = sum(revenue, currency);
    Money totalExpenses = sum(expenses, currency);
    return new IncomeStatement(period, revenue, expenses, totalRevenue, totalExpenses, totalRevenue.minus(totalExpenses));
  }

  private static Money sum(List<StatementLine> lines, Currency currency) {
    return Money.sum(lines.stream().map(StatementLine::amount).toList(), currency);
  }
}
