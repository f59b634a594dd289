package io.bizloop.accounting.application;

import static io.bizloop.accounting.application.StatementBooks.amount;
import static io.bizloop.accounting.application.StatementBooks.total;
import static io.bizloop.accounting.domain.StatementTotal.NET_PROFIT;
import static io.bizloop.accounting.domain.StatementTotal.RETAINED_EARNINGS;
import static io.bizloop.accounting.domain.StatementTotal.TOTAL_ASSETS;
import static io.bizloop.accounting.domain.StatementTotal.TOTAL_LIABILITIES;
import static io.bizloop.accounting.domain.StatementTotal.TOTAL_LIABILITIES_AND_EQUITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.accounting.domain.StatutoryStatement;
import io.bizloop.core.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked statements of a small month under both charts: opening capital by a manual entry, a
 * receipt, a sale, a customer's payment, a payment to the supplier and an expense.
 */
class StatutoryStatementTest {

  private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);
  private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
  private static final Period NOVEMBER = Period.parse("2026-11");

  /**
   * 小企业会计准则, CNY. Entries: 1002/3001 100 000.00; receipt 1405 5 000.00 + 22210101 650.00 /
   * 2202 5 650.00; sale 5401/1405 3 000.00 and 1122 6 780.00 / 5001 6 000.00 + 22210102 780.00;
   * payment 1002/1122 5 000.00; supplier paid 2202/1002 5 650.00; 5602/1002 400.00.
   */
  private static StatementBooks chinaMonth() {
    return StatementBooks.china()
        .journal(NOV_2, "1002", "3001", "100000.00")
        .receipt(LocalDate.of(2026, 11, 3), "5000.00", "650.00")
        .sale(LocalDate.of(2026, 11, 10), "SO-1", "3000.00", "6000.00", "780.00")
        .payment(LocalDate.of(2026, 11, 20), "5000.00")
        .supplierPayment(LocalDate.of(2026, 11, 25), "5650.00")
        .journal(LocalDate.of(2026, 11, 28), "5602", "1002", "400.00");
  }

  @Test
  void balanceSheetOfTheSmallEnterpriseStandardLaysOutTheMonthLineByLine() {
    // given
    StatementBooks books = chinaMonth();

    // when
    StatutoryStatement sheet = books.accounting.statements().balanceSheet(NOV_30);

    // then the official form, its columns and the hand-worked lines
    assertThat(sheet.layout().code()).isEqualTo("会小企01表");
    assertThat(sheet.layout().title()).isEqualTo("资产负债表");
    assertThat(sheet.layout().columns()).containsExactly("期末余额", "年初余额");
    assertThat(sheet.row("1").name()).isEqualTo("货币资金");
    assertThat(sheet.row("1").line().formula()).isEqualTo("1001 + 1002 + 1012");
    assertThat(amount(sheet, "1", 0)).isEqualTo("98950.00"); // 100 000 + 5 000 − 5 650 − 400
    assertThat(amount(sheet, "4", 0)).isEqualTo("1780.00"); // 6 780 − 5 000
    assertThat(amount(sheet, "9", 0)).isEqualTo("2000.00"); // 5 000 − 3 000
    assertThat(amount(sheet, "12", 0)).isEqualTo("2000.00"); // of which 库存商品
    assertThat(amount(sheet, "15", 0)).isEqualTo("102730.00");
    assertThat(total(sheet, TOTAL_ASSETS, 0)).isEqualTo("102730.00");
    assertThat(amount(sheet, "33", 0)).isEqualTo("0.00"); // the supplier is paid
    assertThat(amount(sheet, "36", 0)).isEqualTo("130.00"); // output 780 − input 650
    assertThat(total(sheet, TOTAL_LIABILITIES, 0)).isEqualTo("130.00");
    assertThat(amount(sheet, "48", 0)).isEqualTo("100000.00");
    assertThat(total(sheet, RETAINED_EARNINGS, 0)).isEqualTo("2600.00"); // 6 000 − 3 000 − 400, not yet closed
    assertThat(amount(sheet, "52", 0)).isEqualTo("102600.00");
    assertThat(total(sheet, TOTAL_LIABILITIES_AND_EQUITY, 0)).isEqualTo("102730.00");
    assertThat(total(sheet, TOTAL_ASSETS, 1)).isEqualTo("0.00"); // the books began this year
    assertThat(sheet.foots()).isTrue();
  }

  @Test
  void incomeStatementOfTheSmallEnterpriseStandardGivesTheMonthAndTheYear() {
    // given
    StatementBooks books = chinaMonth().journal(LocalDate.of(2026, 12, 5), "5602", "1002", "100.00");

    // when
    StatutoryStatement november = books.accounting.statements().incomeStatement(NOVEMBER);
    StatutoryStatement december = books.accounting.statements().incomeStatement(Period.parse("2026-12"));

    // then
    assertThat(november.layout().code()).isEqualTo("会小企02表");
    assertThat(november.layout().columns()).containsExactly("本月金额", "本年累计金额");
    assertThat(november.row("1").name()).isEqualTo("一、营业收入");
    assertThat(november.row("1").line().formula()).isEqualTo("5001 + 5051");
    assertThat(amount(november, "1", 0)).isEqualTo("6000.00");
    assertThat(amount(november, "2", 0)).isEqualTo("3000.00");
    assertThat(amount(november, "14", 0)).isEqualTo("400.00");
    assertThat(amount(november, "21", 0)).isEqualTo("2600.00");
    assertThat(amount(november, "30", 0)).isEqualTo("2600.00");
    assertThat(total(november, NET_PROFIT, 0)).isEqualTo("2600.00");
    assertThat(total(november, NET_PROFIT, 1)).isEqualTo("2600.00");
    assertThat(amount(december, "14", 0)).isEqualTo("100.00");
    assertThat(total(december, NET_PROFIT, 0)).isEqualTo("-100.00");
    assertThat(amount(december, "1", 1)).isEqualTo("6000.00");
    assertThat(amount(december, "14", 1)).isEqualTo("500.00");
    assertThat(total(december, NET_PROFIT, 1)).isEqualTo("2500.00");
  }

  @Test
  void netProfitEqualsTheChangeInRetainedEarnings() {
    // given
    StatementBooks books = chinaMonth().journal(LocalDate.of(2026, 12, 5), "5602", "1002", "100.00");
    Statements statements = books.accounting.statements();

    // when
    StatutoryStatement december = statements.incomeStatement(Period.parse("2026-12"));
    StatutoryStatement endOfNovember = statements.balanceSheet(NOV_30);
    StatutoryStatement endOfDecember = statements.balanceSheet(Period.parse("2026-12"));

    // then month: closing − the month before's closing; year: closing − 年初余额
    assertThat(december.total(NET_PROFIT, 0))
        .isEqualTo(endOfDecember.total(RETAINED_EARNINGS, 0).minus(endOfNovember.total(RETAINED_EARNINGS, 0)));
    assertThat(december.total(NET_PROFIT, 1))
        .isEqualTo(endOfDecember.total(RETAINED_EARNINGS, 0).minus(endOfDecember.total(RETAINED_EARNINGS, 1)));
  }

  @Test
  void closingTheProfitIntoProfitForTheYearChangesNeitherStatement() {
    // given the month, and the same month closed into 3103 本年利润 (账结法)
    StatementBooks open = chinaMonth();
    StatementBooks closed = chinaMonth()
        .journal(NOV_30, "5001", "3103", "6000.00")
        .journal(NOV_30, "3103", "5401", "3000.00")
        .journal(NOV_30, "3103", "5602", "400.00");

    // when
    StatutoryStatement income = closed.accounting.statements().incomeStatement(NOVEMBER);
    StatutoryStatement sheet = closed.accounting.statements().balanceSheet(NOV_30);

    // then
    assertThat(income.rows()).isEqualTo(open.accounting.statements().incomeStatement(NOVEMBER).rows());
    assertThat(total(sheet, RETAINED_EARNINGS, 0)).isEqualTo("2600.00");
    assertThat(sheet.rows()).isEqualTo(open.accounting.statements().balanceSheet(NOV_30).rows());
  }

  @Test
  void theOpeningColumnHoldsTheBalancesAtTheStartOfTheYear() {
    // given
    StatementBooks books = chinaMonth().journal(LocalDate.of(2027, 1, 15), "5602", "1002", "50.00");

    // when
    StatutoryStatement january = books.accounting.statements().balanceSheet(LocalDate.of(2027, 1, 31));
    StatutoryStatement income = books.accounting.statements().incomeStatement(Period.parse("2027-01"));

    // then
    assertThat(amount(january, "1", 1)).isEqualTo("98950.00");
    assertThat(amount(january, "1", 0)).isEqualTo("98900.00");
    assertThat(total(january, RETAINED_EARNINGS, 1)).isEqualTo("2600.00");
    assertThat(total(january, RETAINED_EARNINGS, 0)).isEqualTo("2550.00");
    assertThat(january.foots()).isTrue();
    assertThat(total(income, NET_PROFIT, 1)).isEqualTo("-50.00"); // the year to date starts on 1 January
  }

  @Test
  void aContraAccountReducesItsLineAndADebitTaxBalanceShowsNegative() {
    // given fixed assets less depreciation, and more input VAT than output VAT
    StatementBooks books = StatementBooks.china()
        .journal(NOV_2, "1002", "3001", "10000.00")
        .journal(NOV_2, "1601", "1002", "3000.00")
        .journal(NOV_30, "5602", "1602", "50.00")
        .receipt(NOV_2, "1000.00", "130.00");

    // when
    StatutoryStatement sheet = books.accounting.statements().balanceSheet(NOV_30);

    // then
    assertThat(amount(sheet, "18", 0)).isEqualTo("3000.00");
    assertThat(amount(sheet, "19", 0)).isEqualTo("50.00");
    assertThat(amount(sheet, "20", 0)).isEqualTo("2950.00");
    assertThat(amount(sheet, "29", 0)).isEqualTo("2950.00");
    assertThat(amount(sheet, "36", 0)).isEqualTo("-130.00");
    assertThat(total(sheet, RETAINED_EARNINGS, 0)).isEqualTo("-50.00");
    assertThat(sheet.foots()).isTrue();
  }

  /**
   * IFRS-style chart, EUR. Entries: 1010/3000 50 000.00; receipt 1200 2 000.00 + 1300 400.00 /
   * 2000 2 400.00; sale 5000/1200 1 200.00 and 1100 3 600.00 / 4000 3 000.00 + 2100 600.00;
   * payment 1010/1100 3 600.00; 6100/1010 250.00.
   */
  @Test
  void classifiedStatementsOfTheIfrsChart() {
    // given
    StatementBooks books = StatementBooks.ifrs()
        .journal(NOV_2, "1010", "3000", "50000.00")
        .receipt(LocalDate.of(2026, 11, 3), "2000.00", "400.00")
        .sale(LocalDate.of(2026, 11, 10), "SO-1", "1200.00", "3000.00", "600.00")
        .payment(LocalDate.of(2026, 11, 20), "3600.00")
        .journal(LocalDate.of(2026, 11, 28), "6100", "1010", "250.00");

    // when
    StatutoryStatement sheet = books.accounting.statements().balanceSheet(NOVEMBER);
    StatutoryStatement income = books.accounting.statements().incomeStatement(NOVEMBER);

    // then
    assertThat(sheet.layout().title()).isEqualTo("Statement of financial position");
    assertThat(sheet.rows()).extracting(r -> r.name()).containsSubsequence(
        "Current assets", "Total current assets", "Non-current assets", "Total assets", "Current liabilities",
        "Non-current liabilities", "Total liabilities", "Equity", "Total equity", "Total equity and liabilities");
    assertThat(amount(sheet, "cash", 0)).isEqualTo("53350.00");
    assertThat(amount(sheet, "receivables", 0)).isEqualTo("0.00");
    assertThat(amount(sheet, "inventories", 0)).isEqualTo("800.00");
    assertThat(amount(sheet, "vat", 0)).isEqualTo("400.00");
    assertThat(amount(sheet, "total-current-assets", 0)).isEqualTo("54550.00");
    assertThat(total(sheet, TOTAL_ASSETS, 0)).isEqualTo("54550.00");
    assertThat(amount(sheet, "payables", 0)).isEqualTo("2400.00");
    assertThat(amount(sheet, "taxes", 0)).isEqualTo("600.00");
    assertThat(total(sheet, TOTAL_LIABILITIES, 0)).isEqualTo("3000.00");
    assertThat(amount(sheet, "share-capital", 0)).isEqualTo("50000.00");
    assertThat(total(sheet, RETAINED_EARNINGS, 0)).isEqualTo("1550.00");
    assertThat(total(sheet, TOTAL_LIABILITIES_AND_EQUITY, 0)).isEqualTo("54550.00");
    assertThat(sheet.foots()).isTrue();

    assertThat(income.layout().title()).isEqualTo("Statement of profit or loss");
    assertThat(amount(income, "revenue", 0)).isEqualTo("3000.00");
    assertThat(amount(income, "cost-of-sales", 0)).isEqualTo("1200.00");
    assertThat(amount(income, "gross-profit", 0)).isEqualTo("1800.00");
    assertThat(amount(income, "administrative", 0)).isEqualTo("250.00");
    assertThat(amount(income, "operating-profit", 0)).isEqualTo("1550.00");
    assertThat(amount(income, "profit-before-tax", 0)).isEqualTo("1550.00");
    assertThat(total(income, NET_PROFIT, 0)).isEqualTo("1550.00");
    assertThat(total(income, NET_PROFIT, 1)).isEqualTo("1550.00");
  }
}
