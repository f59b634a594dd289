package io.bizloop.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table: a title, headers, rows; numbers right-aligned, CJK and full-width
 * characters counted double so that columns line up in a terminal.
 */
public final class TextTable {

  private final String title;
  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  /** A table with a title and its column headers. */
  public TextTable(String title, String... headers) {
    this(title, List.of(headers));
  }

  /** A table with a title and its column headers. */
  public TextTable(String title, List<String> headers) {
    this.title = title;
    this.headers = List.copyOf(headers);
  }

  /** Adds a row of cells shown with {@code toString()} ({@code -} for null). */
  public TextTable row(Object... cells) {
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(cell == null ? "-" : cell.toString());
    }
    return row(row);
  }

  /** Adds a row; it must have one cell per header. */
  public TextTable row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells under " + headers.size() + " headers");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** Prints the title, the headers, a rule and the rows (or "(none)"). */
  public void print(PrintStream out) {
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

  /** The width of {@code text} in a terminal: CJK and full-width characters count double. */
  public static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean wide = Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
          || (ch >= 0xFF00 && ch <= 0xFFEF)
          || (ch >= 0x3000 && ch <= 0x303F);
      width += wide ? 2 : 1;
    }
    return width;
  }
}
