package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import io.bizloop.core.Period;
import java.util.List;

/**
 * A simple income statement of the movements of one period.
 *
 * @param period the period
 * @param revenue income accounts, credit movement positive
 * @param expenses expense accounts, debit movement positive
 * @param totalRevenue Σ revenue
 * @param totalExpenses Σ expenses
 * @param profit revenue less expenses (a loss is negative)
 */
public record IncomeStatement(
    Period period,
    List<StatementLine> revenue,
    List<StatementLine> expenses,
    Money totalRevenue,
    Money totalExpenses,
    Money profit) {

  /**
   * Copies the sections.
   *
   * @param period the period
   * @param revenue income accounts, credit movement positive
   * @param expenses expense accounts, debit movement positive
   * @param totalRevenue Σ revenue
   * @param totalExpenses Σ expenses
   * @param profit revenue less expenses (a loss is negative)
   */
  public IncomeStatement {
    revenue = List.copyOf(revenue);
    expenses = List.copyOf(expenses);
  }
}
