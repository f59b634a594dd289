package io.bizloop.accounting.domain;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A financial statement laid out line by line: 资产负债表 (会小企01表) or 利润表 (会小企02表) of
 * 小企业会计准则, or a classified IFRS-style statement, with the amounts of its two columns.
 *
 * <p>Invariants, when made by {@link #present}: every account with a balance is counted on exactly
 * one non-detail line of a layout whose lines name each account once (the layouts of
 * {@link StatementLayouts} do, with their "other" lines), so a balance sheet foots — total assets
 * = total liabilities + equity, the year's unclosed profit included in equity — in each column.
 *
 * @param layout the layout
 * @param period what the columns cover, as text: the closing date of a balance sheet (e.g.
 *     {@code 2026-11-30}), the month of an income statement (e.g. {@code 2026-11})
 * @param rows one row per layout line, in the layout's order
 */
public record StatutoryStatement(StatementLayout layout, String period, List<StatementRow> rows) {

  /**
   * Copies the rows.
   *
   * @param layout the layout
   * @param period what the columns cover
   * @param rows one row per layout line
   * @throws NullPointerException when a part is missing
   */
  public StatutoryStatement {
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(period, "period");
    rows = List.copyOf(rows);
  }

  /**
   * Lays out the balances of each column.
   *
   * @param layout the layout
   * @param chart the chart that gives each account its type and normal side
   * @param period what the columns cover, as text
   * @param columns for each of the layout's two columns, each account's balance or movement
   *     (debits − credits)
   * @param currency the book currency
   * @return the statement
   * @throws IllegalArgumentException when there are not as many columns as the layout has
   */
  public static StatutoryStatement present(
      StatementLayout layout,
      ChartOfAccounts chart,
      String period,
      List<Map<AccountCode, Money>> columns,
      Currency currency) {
    if (columns.size() != layout.columns().size()) {
      throw new IllegalArgumentException(
          "layout " + layout.title() + " has " + layout.columns().size() + " columns, not " + columns.size());
    }
    List<List<Money>> amounts = new ArrayList<>();
    for (LayoutLine ignored : layout.lines()) {
      amounts.add(new ArrayList<>());
    }
    for (Map<AccountCode, Money> balances : columns) {
      Map<String, Money> byKey = new HashMap<>();
      for (int i = 0; i < layout.lines().size(); i++) {
        LayoutLine line = layout.lines().get(i);
        Money amount = amount(layout, line, chart, balances, byKey, currency);
        byKey.put(line.key(), amount);
        amounts.get(i).add(amount);
      }
    }
    List<StatementRow> rows = new ArrayList<>();
    for (int i = 0; i < layout.lines().size(); i++) {
      rows.add(new StatementRow(layout.lines().get(i), amounts.get(i)));
    }
    return new StatutoryStatement(layout, period, rows);
  }

  private static Money amount(
      StatementLayout layout,
      LayoutLine line,
      ChartOfAccounts chart,
      Map<AccountCode, Money> balances,
      Map<String, Money> byKey,
      Currency currency) {
    Money sum = Money.zero(currency);
    for (LayoutTerm term : line.terms()) {
      Money part;
      if (term instanceof LayoutTerm.OfAccount account) {
        part = ofAccount(account, chart, balances, currency);
      } else if (term instanceof LayoutTerm.OfLine ref) {
        part = byKey.get(ref.key());
      } else {
        part = ofOthers(layout, ((LayoutTerm.OfOthers) term).type(), chart, balances, currency);
      }
      sum = term.subtract() ? sum.minus(part) : sum.plus(part);
    }
    return sum;
  }

  private static Money ofAccount(
      LayoutTerm.OfAccount term, ChartOfAccounts chart, Map<AccountCode, Money> balances, Currency currency) {
    Money sum = Money.zero(currency);
    for (Map.Entry<AccountCode, Money> balance : balances.entrySet()) {
      if (term.covers(balance.getKey())) {
        sum = sum.plus(balance.getValue());
      }
    }
    return normalSide(term.code(), chart) == NormalBalance.DEBIT ? sum : sum.negate();
  }

  private static NormalBalance normalSide(AccountCode code, ChartOfAccounts chart) {
    Optional<Account> exact = chart.find(code);
    if (exact.isPresent()) {
      return exact.get().normal();
    }
    return chart.accounts().stream()
        .filter(a -> a.code().value().startsWith(code.value()))
        .map(Account::normal)
        .findFirst()
        .orElse(NormalBalance.DEBIT);
  }

  private static Money ofOthers(
      StatementLayout layout,
      AccountType type,
      ChartOfAccounts chart,
      Map<AccountCode, Money> balances,
      Currency currency) {
    Money sum = Money.zero(currency);
    for (Map.Entry<AccountCode, Money> balance : balances.entrySet()) {
      AccountType actual = chart.find(balance.getKey()).map(Account::type).orElse(AccountType.ASSET);
      if (actual == type && !named(layout, balance.getKey())) {
        sum = sum.plus(balance.getValue());
      }
    }
    return side(type) == NormalBalance.DEBIT ? sum : sum.negate();
  }

  /**
   * Whether an ordinary line (not a detail) of {@code layout} names {@code account}.
   *
   * @param layout the layout
   * @param account the account
   * @return true when a line's account term covers it
   */
  public static boolean named(StatementLayout layout, AccountCode account) {
    for (LayoutLine line : layout.lines()) {
      if (line.style() == LayoutLine.Style.DETAIL) {
        continue;
      }
      for (LayoutTerm term : line.terms()) {
        if (term instanceof LayoutTerm.OfAccount a && a.covers(account)) {
          return true;
        }
      }
    }
    return false;
  }

  private static NormalBalance side(AccountType type) {
    return switch (type) {
      case ASSET, COST, EXPENSE -> NormalBalance.DEBIT;
      case LIABILITY, EQUITY, REVENUE -> NormalBalance.CREDIT;
    };
  }

  /**
   * The row of a line.
   *
   * @param key the line's key (行次 for the Chinese layouts)
   * @return the row
   * @throws IllegalArgumentException when the layout has no such line
   */
  public StatementRow row(String key) {
    return rows.stream()
        .filter(r -> r.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no line " + key + " in " + layout.title()));
  }

  /**
   * A named figure.
   *
   * @param total the figure, e.g. {@link StatementTotal#TOTAL_ASSETS}
   * @param column 0 for the first column, 1 for the second
   * @return its amount
   * @throws IllegalArgumentException when the layout does not name it
   */
  public Money total(StatementTotal total, int column) {
    return row(layout.line(total).key()).amount(column);
  }

  /**
   * Whether a balance sheet foots in both columns: total assets = total liabilities and equity.
   *
   * @return true when it does; true for an income statement, which has nothing to foot
   */
  public boolean foots() {
    if (layout.kind() != StatementKind.BALANCE_SHEET) {
      return true;
    }
    for (int c = 0; c < layout.columns().size(); c++) {
      if (!total(StatementTotal.TOTAL_ASSETS, c).equals(total(StatementTotal.TOTAL_LIABILITIES_AND_EQUITY, c))) {
        return false;
      }
    }
    return true;
  }
}
