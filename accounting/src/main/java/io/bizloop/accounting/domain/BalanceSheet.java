package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import io.bizloop.core.Period;
import java.time.LocalDate;
import java.util.List;

/**
 * A simple balance sheet at the end of a period, grouped by account type; cost accounts count
 * with the assets, and the profit not yet closed into equity is shown on its own.
 *
 * <p>Invariant: {@code totalAssets = totalLiabilities + totalEquity + unappropriatedProfit}.
 *
 * @param period the period
 * @param asOf its last day
 * @param assets asset and cost accounts, debit balance positive
 * @param liabilities liability accounts, credit balance positive
 * @param equity equity accounts, credit balance positive
 * @param unappropriatedProfit income less expenses posted up to {@code asOf} (a loss is negative)
 * @param totalAssets Σ assets, as presented
 * @param totalLiabilities Σ liabilities, as presented (credit positive)
 * @param totalEquity Σ equity, as presented (credit positive), without the profit
 */
public record BalanceSheet(
    Period period,
    LocalDate asOf,
    List<StatementLine> assets,
    List<StatementLine> liabilities,
    List<StatementLine> equity,
    Money unappropriatedProfit,
    Money totalAssets,
    Money totalLiabilities,
    Money totalEquity) {

  /**
   * Copies the sections.
   *
   * @param period the period
   * @param asOf its last day
   * @param assets asset and cost accounts, debit balance positive
   * @param liabilities liability accounts, credit balance positive
   * @param equity equity accounts, credit balance positive
   * @param unappropriatedProfit income less expenses posted up to {@code asOf} (a loss is negative)
   * @param totalAssets Σ assets, as presented
   * @param totalLiabilities Σ liabilities, as presented (credit positive)
   * @param totalEquity Σ equity, as presented (credit positive), without the profit
   */
  public BalanceSheet {
    assets = List.copyOf(assets);
    liabilities = List.copyOf(liabilities);
    equity = List.copyOf(equity);
  }

  /**
   * Liabilities, equity and profit together.
   *
   * @return equal to {@link #totalAssets()}
   */
  public Money totalLiabilitiesAndEquity() {
    return totalLiabilities.plus(totalEquity).plus(unappropriatedProfit);
  }
}
