package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import java.util.List;
import java.util.Objects;

/**
 * One printed line of a statement: the layout's line and its amounts in the layout's two columns.
 *
 * @param line the layout line (行次, name, the accounts or lines it sums)
 * @param amounts the amount of each column, as presented (an asset, expense or cost line shows a
 *     debit balance positive; a liability, equity or revenue line a credit balance); zero for a heading
 */
public record StatementRow(LayoutLine line, List<Money> amounts) {

  /**
   * Copies the amounts.
   *
   * @param line the layout line
   * @param amounts the amount of each column
   * @throws NullPointerException when a part is missing
   */
  public StatementRow {
    Objects.requireNonNull(line, "line");
    amounts = List.copyOf(amounts);
  }

  /**
   * The line's key.
   *
   * @return e.g. {@code "1"}
   */
  public String key() {
    return line.key();
  }

  /**
   * The 行次 as printed.
   *
   * @return e.g. {@code "1"}, empty for a heading
   */
  public String number() {
    return line.number();
  }

  /**
   * The line's name.
   *
   * @return e.g. {@code 货币资金}
   */
  public String name() {
    return line.name();
  }

  /**
   * The amount of a column.
   *
   * @param column 0 for the first column (期末余额 or 本月金额), 1 for the second
   * @return the amount
   */
  public Money amount(int column) {
    return amounts.get(column);
  }

  /**
   * Whether the row is a heading without an amount.
   *
   * @return true for a heading
   */
  public boolean isHeading() {
    return line.isHeading();
  }
}
