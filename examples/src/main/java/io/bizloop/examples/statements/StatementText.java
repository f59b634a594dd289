package io.bizloop.examples.statements;

import io.bizloop.examples.TextTable;
import io.bizloop.accounting.domain.LayoutLine;
import io.bizloop.accounting.domain.StatementLayout;
import io.bizloop.accounting.domain.StatementRow;
import io.bizloop.accounting.domain.StatutoryStatement;
import java.io.PrintStream;
import java.util.List;

/** The statements as text tables, then their checks. */
final class StatementText {

  private StatementText() {}

  static void print(Figures figures, PrintStream out) {
    out.println("bizloop statements — " + figures.balanceSheet().layout().title() + " as of " + figures.asOf()
        + ", " + figures.incomeStatement().layout().title() + " of " + figures.period() + " ("
        + figures.currency().getCurrencyCode() + ")");
    table(figures.balanceSheet(), figures.asOf().toString()).print(out);
    table(figures.incomeStatement(), figures.period().toString()).print(out);
    out.println();
    out.println("  Checks");
    figures.checks().forEach(check -> out.println("  " + check));
    out.println();
    out.println("The statements foot: " + (figures.allHold() ? "yes" : "NO"));
  }

  static TextTable table(StatutoryStatement statement, String when) {
    StatementLayout layout = statement.layout();
    String title = layout.title() + (layout.code().isEmpty() ? "" : "  " + layout.code()) + "  " + when;
    TextTable table = new TextTable(title, List.of(Words.item(layout), Words.number(layout), layout.columns().get(0),
        layout.columns().get(1)));
    for (StatementRow row : statement.rows()) {
      table.row(List.of(indented(row.line(), hasHeadings(layout)), row.number(),
          row.isHeading() ? "" : row.amount(0).toPlainString(), row.isHeading() ? "" : row.amount(1).toPlainString()));
    }
    return table;
  }

  /** The name as printed: ordinary lines indented under their heading (if any), details further. */
  static String indented(LayoutLine line, boolean underHeadings) {
    return switch (line.style()) {
      case HEADING, TOTAL -> line.name();
      case LINE -> (underHeadings ? "  " : "") + line.name();
      case DETAIL -> (underHeadings ? "      " : "    ") + line.name();
    };
  }

  /** Whether a layout groups its lines under headings (a balance sheet does, an income statement does not). */
  static boolean hasHeadings(StatementLayout layout) {
    return layout.lines().stream().anyMatch(LayoutLine::isHeading);
  }
}
