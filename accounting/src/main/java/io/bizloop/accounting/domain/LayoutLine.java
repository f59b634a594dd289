package io.bizloop.accounting.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One line of a statement layout: its 行次 (line number), its name and how its amount is made.
 *
 * <p>Invariants: a heading has no terms; every other line has a non-blank key.
 *
 * @param key the line's key, unique in its layout, referred to by totals (the 行次 for the Chinese
 *     layouts, a short English word for the IFRS ones)
 * @param number the 行次 as printed, empty when the layout does not number its lines or for a heading
 * @param name the line's name as printed, e.g. {@code 货币资金}
 * @param style how the line is presented and whether it adds into totals
 * @param terms the parts its amount is the sum of, in order
 */
public record LayoutLine(String key, String number, String name, Style style, List<LayoutTerm> terms) {

  /** How a line is presented. */
  public enum Style {
    /** A section heading (流动资产：), no amount. */
    HEADING,
    /** An ordinary line, the sum of accounts. */
    LINE,
    /** An "of which" line (其中), shown for information; totals never add it. */
    DETAIL,
    /** A subtotal or total, the sum of earlier lines. */
    TOTAL
  }

  /**
   * Checks the parts.
   *
   * @param key the line's key
   * @param number the 行次 as printed
   * @param name the line's name
   * @param style how the line is presented
   * @param terms the parts of its amount
   * @throws IllegalArgumentException when the key or name is blank or a heading has terms
   * @throws NullPointerException when a part is missing
   */
  public LayoutLine {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(style, "style");
    terms = List.copyOf(terms);
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("line key is blank");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("line " + key + " has no name");
    }
    if (style == Style.HEADING && !terms.isEmpty()) {
      throw new IllegalArgumentException("heading " + key + " has terms");
    }
  }

  /**
   * A copy with other terms.
   *
   * @param replaced the terms
   * @return the changed copy
   */
  public LayoutLine withTerms(List<LayoutTerm> replaced) {
    return new LayoutLine(key, number, name, style, replaced);
  }

  /**
   * Whether the line is a heading without an amount.
   *
   * @return true for a heading
   */
  public boolean isHeading() {
    return style == Style.HEADING;
  }

  /**
   * How the amount is made, e.g. {@code 1001 + 1002 + 1012} or {@code [18] − [19]}; empty for a
   * heading or a line with no terms.
   *
   * @return the formula
   */
  public String formula() {
    String text = terms.stream().map(LayoutTerm::text).collect(Collectors.joining(" "));
    return text.startsWith("+ ") ? text.substring(2) : text;
  }
}
