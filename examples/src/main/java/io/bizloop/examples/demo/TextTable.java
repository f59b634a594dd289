package io.bizloop.examples.demo;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: a title, headers, rows; numbers right-aligned, CJK characters counted double. */
final class TextTable {

  private final String title;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(String title, String... headers) {
    this.title = title;
    this.headers = List.of(headers);
  }

  TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "-" : cell.toString());
    }
    rows.add(row);
    return this;
  }

  void print(PrintStream out) {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    out.println();
    out.println("  " + title);
    out.println("  " + line(headers, widths));
    StringBuilder rule = new StringBuilder();
    for (int width : widths) {
      rule.append("-".repeat(width)).append("  ");
    }
    out.println("  " + rule.toString().stripTrailing());
    if (rows.isEmpty()) {
      out.println("  (none)");
    }
    for (List<String> row : rows) {
      out.println("  " + line(row, widths));
    }
  }

  private static String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - width(cell));
      line.append(numeric(cell) ? pad + cell : cell + pad).append("  ");
    }
    return line.toString().stripTrailing();
  }

  private static boolean numeric(String cell) {
    return cell.matches("-?[0-9][0-9.,]*%?");
  }

  private static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      width += Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN || (ch >= 0xFF00 && ch <= 0xFFEF) ? 2 : 1;
    }
    return width;
  }
}
