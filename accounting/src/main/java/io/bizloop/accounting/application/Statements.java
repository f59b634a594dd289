package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.AccountRole;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.domain.Ledger;
import io.bizloop.accounting.domain.StatementLayout;
import io.bizloop.accounting.domain.StatementLayouts;
import io.bizloop.accounting.domain.StatutoryStatement;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The financial statements in the layout the company's chart calls for: 资产负债表 (会小企01表) and
 * 利润表 (会小企02表) for a 小企业会计准则 chart, the classified IFRS-style statements otherwise
 * ({@link StatementLayouts#balanceSheetFor}).
 *
 * <p>Read from the posted journal as it is when asked. The balance sheet's columns are the
 * balances as of a date and as of the start of its year (年初余额: the entries dated before
 * 1 January); 未分配利润 (retained earnings) includes the revenue less the expenses not yet closed,
 * so the balance sheet foots on any books. The income statement's columns are the movements of
 * the revenue and expense accounts over a month and over the year to the month's end; entries that
 * carry profit into the profit-for-the-year account (3103 本年利润, the closing entries of
 * 账结法) are left out, so closing the books does not empty the statement. When nothing but the
 * profit touched equity, the income statement's net profit equals the change in retained earnings
 * over the same dates.
 */
public final class Statements {

  private final AccountingSettings settings;
  private final JournalEntries journal;

  /**
   * Statements of the books kept under {@code settings} in {@code journal}.
   *
   * @param settings the currency, chart and account mapping
   * @param journal the posted entries
   */
  public Statements(AccountingSettings settings, JournalEntries journal) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.journal = Objects.requireNonNull(journal, "journal");
  }

  /**
   * The balance sheet layout of the company's chart.
   *
   * @return 会小企01表 or the IFRS-style statement of financial position
   */
  public StatementLayout balanceSheetLayout() {
    return StatementLayouts.balanceSheetFor(settings.chart());
  }

  /**
   * The income statement layout of the company's chart.
   *
   * @return 会小企02表 or the IFRS-style statement of profit or loss
   */
  public StatementLayout incomeStatementLayout() {
    return StatementLayouts.incomeStatementFor(settings.chart());
  }

  /**
   * The balance sheet as of a date: 期末余额 (the entries dated on or before {@code asOf}) and
   * 年初余额 (the entries dated before 1 January of its year).
   *
   * @param asOf the closing date
   * @return the statement; it foots in both columns
   */
  public StatutoryStatement balanceSheet(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    LocalDate yearStart = asOf.withDayOfYear(1);
    List<JournalEntry> entries = journal.all();
    return StatutoryStatement.present(
        balanceSheetLayout(),
        settings.chart(),
        asOf.toString(),
        List.of(balances(entries, e -> !e.date().isAfter(asOf)), balances(entries, e -> e.date().isBefore(yearStart))),
        settings.currency());
  }

  /**
   * The balance sheet at the end of a month.
   *
   * @param period the month
   * @return the balance sheet as of its last day
   */
  public StatutoryStatement balanceSheet(Period period) {
    return balanceSheet(Objects.requireNonNull(period, "period").lastDay());
  }

  /**
   * The income statement of a month: 本月金额 (its movements) and 本年累计金额 (the movements from
   * 1 January to its last day), closing entries into the profit-for-the-year account left out.
   *
   * @param period the month
   * @return the statement
   */
  public StatutoryStatement incomeStatement(Period period) {
    Objects.requireNonNull(period, "period");
    LocalDate yearStart = period.firstDay().withDayOfYear(1);
    LocalDate last = period.lastDay();
    AccountCode closing = settings.code(AccountRole.PROFIT_FOR_THE_YEAR);
    Predicate<JournalEntry> notClosing = e -> e.lines().stream().map(JournalLine::account).noneMatch(closing::equals);
    List<JournalEntry> entries = journal.all();
    return StatutoryStatement.present(
        incomeStatementLayout(),
        settings.chart(),
        period.toString(),
        List.of(
            balances(entries, notClosing.and(e -> period.contains(e.date()))),
            balances(entries, notClosing.and(e -> !e.date().isBefore(yearStart) && !e.date().isAfter(last)))),
        settings.currency());
  }

  private Map<AccountCode, Money> balances(List<JournalEntry> entries, Predicate<JournalEntry> which) {
    return Ledger.balances(entries, which, settings.currency());
  }
}
