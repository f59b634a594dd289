package io.bizloop.accounting.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The layout of a financial statement: its official code and title, its two amount columns and
 * its lines in order, each knowing the accounts or earlier lines it sums.
 *
 * <p>Invariants: line keys are unique; a line refers only to lines above it; every
 * {@link StatementTotal} named points at a line of the layout; a layout has exactly two columns.
 *
 * @param code the form's code, e.g. {@code 会小企01表}
 * @param title the statement's title, e.g. {@code 资产负债表}
 * @param kind balance sheet or income statement
 * @param columns the two column headings: closing and opening balance (期末余额, 年初余额) for a
 *     balance sheet, the period's and the year's amounts (本月金额, 本年累计金额) for an income statement
 * @param lines the lines, in the order they are printed
 * @param totals the key of the line that holds each named figure
 */
public record StatementLayout(
    String code,
    String title,
    StatementKind kind,
    List<String> columns,
    List<LayoutLine> lines,
    Map<StatementTotal, String> totals) {

  /**
   * Checks the layout.
   *
   * @param code the form's code
   * @param title the statement's title
   * @param kind balance sheet or income statement
   * @param columns the two column headings
   * @param lines the lines
   * @param totals the key of the line that holds each named figure
   * @throws IllegalArgumentException when a key repeats, a line refers to a line not above it, a
   *     total names no line, or there are not two columns
   * @throws NullPointerException when a part is missing
   */
  public StatementLayout {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(kind, "kind");
    columns = List.copyOf(columns);
    lines = List.copyOf(lines);
    totals = Map.copyOf(totals);
    if (columns.size() != 2) {
      throw new IllegalArgumentException("layout " + title + " must have two columns");
    }
    Set<String> above = new HashSet<>();
    for (LayoutLine line : lines) {
      for (LayoutTerm term : line.terms()) {
        if (term instanceof LayoutTerm.OfLine ref && !above.contains(ref.key())) {
          throw new IllegalArgumentException("line " + line.key() + " refers to " + ref.key() + ", not above it");
        }
      }
      if (!above.add(line.key())) {
        throw new IllegalArgumentException("line " + line.key() + " appears twice in " + title);
      }
    }
    for (Map.Entry<StatementTotal, String> total : totals.entrySet()) {
      if (!above.contains(total.getValue())) {
        throw new IllegalArgumentException(total.getKey() + " names no line of " + title + ": " + total.getValue());
      }
    }
  }

  /**
   * The line of {@code key}.
   *
   * @param key the key
   * @return the line
   * @throws IllegalArgumentException when the layout has no such line
   */
  public LayoutLine line(String key) {
    return lines.stream()
        .filter(l -> l.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no line " + key + " in " + title));
  }

  /**
   * The line that holds a named figure.
   *
   * @param total the figure
   * @return the line
   * @throws IllegalArgumentException when the layout does not name it
   */
  public LayoutLine line(StatementTotal total) {
    String key = totals.get(total);
    if (key == null) {
      throw new IllegalArgumentException(title + " does not name " + total);
    }
    return line(key);
  }

  /**
   * The layout fitted to a chart: account terms that match no account of {@code chart} (such as
   * 1231 坏账准备, which 小企业会计准则 does not have) are dropped, so that each line's formula
   * names only accounts the company keeps. Amounts are unchanged, as nothing can post to them.
   *
   * @param chart the chart
   * @return the fitted layout
   */
  public StatementLayout fittedTo(ChartOfAccounts chart) {
    List<LayoutLine> fitted = new ArrayList<>();
    for (LayoutLine line : lines) {
      List<LayoutTerm> kept = new ArrayList<>();
      for (LayoutTerm term : line.terms()) {
        if (!(term instanceof LayoutTerm.OfAccount account)
            || chart.accounts().stream().anyMatch(a -> account.covers(a.code()))) {
          kept.add(term);
        }
      }
      fitted.add(line.withTerms(kept));
    }
    return new StatementLayout(code, title, kind, columns, fitted, totals);
  }
}
