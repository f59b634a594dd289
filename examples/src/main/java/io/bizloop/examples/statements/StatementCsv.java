package io.bizloop.examples.statements;

import io.bizloop.accounting.domain.StatementLayout;
import io.bizloop.accounting.domain.StatementRow;
import io.bizloop.accounting.domain.StatutoryStatement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The statements as CSV files (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs
 * read the Chinese names): one row per line of the layout with its name, 行次, both columns and the
 * accounts it sums.
 */
final class StatementCsv {

  /** The balance sheet's file name. */
  static final String BALANCE_SHEET = "balance-sheet.csv";

  /** The income statement's file name. */
  static final String INCOME_STATEMENT = "income-statement.csv";

  private StatementCsv() {}

  static List<Path> write(Figures figures, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path sheet = directory.resolve(BALANCE_SHEET);
    Path income = directory.resolve(INCOME_STATEMENT);
    Files.writeString(sheet, csv(figures.balanceSheet()), StandardCharsets.UTF_8);
    Files.writeString(income, csv(figures.incomeStatement()), StandardCharsets.UTF_8);
    return List.of(sheet, income);
  }

  static String csv(StatutoryStatement statement) {
    StatementLayout layout = statement.layout();
    StringBuilder csv = new StringBuilder("\uFEFF");
    record(csv, List.of(Words.item(layout), Words.number(layout), layout.columns().get(0), layout.columns().get(1),
        Words.accounts(layout)));
    for (StatementRow row : statement.rows()) {
      record(csv, List.of(row.name(), row.number(),
          row.isHeading() ? "" : row.amount(0).toPlainString(),
          row.isHeading() ? "" : row.amount(1).toPlainString(),
          row.line().formula()));
    }
    return csv.toString();
  }

  private static void record(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append("\r\n");
  }

  private static String field(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      return "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
