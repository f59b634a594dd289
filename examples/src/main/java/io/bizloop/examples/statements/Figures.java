package io.bizloop.examples.statements;

import io.bizloop.accounting.application.Statements;
import io.bizloop.accounting.domain.AgingReport;
import io.bizloop.accounting.domain.LayoutLine;
import io.bizloop.accounting.domain.LayoutTerm;
import io.bizloop.accounting.domain.StatementLayout;
import io.bizloop.accounting.domain.StatementTotal;
import io.bizloop.accounting.domain.StatutoryStatement;
import io.bizloop.core.Money;
import io.bizloop.core.Period;
import io.bizloop.crm.domain.Funnel;
import io.bizloop.inventory.application.StockRow;
import io.bizloop.loop.Bizloop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the {@code statements} command presents, read once from a replayed loop: the balance sheet
 * as of a date, the income statement of a month, the checks they pass, the sales funnel, the aging
 * of open items and the stock.
 *
 * @param asOf the balance sheet's date
 * @param period the income statement's month
 * @param currency the book currency
 * @param balanceSheet 资产负债表 or the statement of financial position
 * @param incomeStatement 利润表 or the statement of profit or loss
 * @param checks the statements' checks: footing, and net profit against retained earnings
 * @param funnel the sales funnel now
 * @param aging open receivables and payables by days overdue as of {@code asOf}
 * @param stock the stock rows now
 */
record Figures(
    LocalDate asOf,
    Period period,
    Currency currency,
    StatutoryStatement balanceSheet,
    StatutoryStatement incomeStatement,
    List<Check> checks,
    Funnel funnel,
    AgingReport aging,
    List<StockRow> stock) {

  static Figures of(Bizloop bizloop, LocalDate asOf, Period period) {
    Statements statements = bizloop.accounting().statements();
    StatutoryStatement sheet = statements.balanceSheet(asOf);
    StatutoryStatement income = statements.incomeStatement(period);
    return new Figures(
        asOf,
        period,
        bizloop.settings().currency(),
        sheet,
        income,
        checks(statements, sheet, income, period),
        bizloop.crm().funnel(),
        bizloop.accounting().aging(asOf),
        bizloop.inventory().stock());
  }

  private static List<Check> checks(
      Statements statements, StatutoryStatement sheet, StatutoryStatement income, Period period) {
    StatementLayout layout = sheet.layout();
    boolean chinese = Words.chinese(layout);
    String assets = layout.line(StatementTotal.TOTAL_ASSETS).name();
    String both = layout.line(StatementTotal.TOTAL_LIABILITIES_AND_EQUITY).name();
    String retained = layout.line(StatementTotal.RETAINED_EARNINGS).name();
    String profit = Words.shortName(income.layout().line(StatementTotal.NET_PROFIT).name());
    List<Check> checks = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      checks.add(new Check(assets + " = " + both + " (" + layout.columns().get(c) + ")",
          sheet.total(StatementTotal.TOTAL_ASSETS, c), sheet.total(StatementTotal.TOTAL_LIABILITIES_AND_EQUITY, c)));
    }
    StatutoryStatement end = statements.balanceSheet(period.lastDay());
    StatutoryStatement before = statements.balanceSheet(period.firstDay().minusDays(1));
    Money endRetained = end.total(StatementTotal.RETAINED_EARNINGS, 0);
    checks.add(new Check(
        profit + " (" + income.layout().columns().get(0) + ") = " + retained
            + (chinese ? " 本月变动 " : " change over ") + period,
        income.total(StatementTotal.NET_PROFIT, 0),
        endRetained.minus(before.total(StatementTotal.RETAINED_EARNINGS, 0))));
    checks.add(new Check(
        profit + " (" + income.layout().columns().get(1) + ") = " + retained
            + (chinese ? " 本年变动 至 " : " change from the start of the year to ") + period.lastDay(),
        income.total(StatementTotal.NET_PROFIT, 1),
        endRetained.minus(end.total(StatementTotal.RETAINED_EARNINGS, 1))));
    return List.copyOf(checks);
  }

  boolean allHold() {
    return checks.stream().allMatch(Check::holds);
  }

  Money zero() {
    return Money.zero(currency);
  }

  /** The stock value of each warehouse, in the order the stock lists them. */
  Map<String, Money> stockValueByWarehouse() {
    Map<String, Money> values = new LinkedHashMap<>();
    for (StockRow row : stock) {
      values.merge(row.warehouse().value(), row.value(), Money::plus);
    }
    return values;
  }

  /**
   * The ordinary lines a named figure is made of, each with the sign it enters with, in layout
   * order; a total that only adds is opened up, and so is one that subtracts when
   * {@code openDifferences}; after an opened total that enters with +, the total itself is listed
   * as a subtotal (sign 0).
   */
  static List<Part> parts(StatementLayout layout, String key, boolean openDifferences) {
    List<Part> parts = new ArrayList<>();
    open(layout, layout.line(key), 1, openDifferences, parts);
    return parts;
  }

  private static void open(StatementLayout layout, LayoutLine line, int sign, boolean openDifferences, List<Part> parts) {
    for (LayoutTerm term : line.terms()) {
      if (!(term instanceof LayoutTerm.OfLine ref)) {
        continue;
      }
      LayoutLine child = layout.line(ref.key());
      int childSign = ref.subtract() ? -sign : sign;
      boolean opens = child.style() == LayoutLine.Style.TOTAL
          && (openDifferences || child.terms().stream().noneMatch(LayoutTerm::subtract));
      if (opens) {
        open(layout, child, childSign, openDifferences, parts);
        if (childSign > 0 && openDifferences) {
          parts.add(new Part(child, 0));
        }
      } else {
        parts.add(new Part(child, childSign));
      }
    }
  }

  /**
   * A line within a figure.
   *
   * @param line the line
   * @param sign +1 or −1 as it adds or subtracts; 0 for a subtotal shown on the way
   */
  record Part(LayoutLine line, int sign) {}
}
