package io.bizloop.accounting.application;

import static io.bizloop.accounting.application.Books.NOV_1;
import static io.bizloop.accounting.application.Books.cny;
import static io.bizloop.accounting.application.PostJournalEntry.Line.credit;
import static io.bizloop.accounting.application.PostJournalEntry.Line.debit;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.accounting.domain.AgingRow;
import io.bizloop.accounting.domain.Party;
import io.bizloop.core.AccountCode;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Aging, balance as of a date, balance sheet and income statement. */
class ReportsTest {

  private final Books books = new Books().customer("C-1").customer("C-2").supplier("S-1");

  @Test
  void agesOpenItemsIntoBucketsByDaysOverdue() {
    // given items 0, 31, 61 and 91 days old on 2027-01-31, due when posted (terms 0)
    LocalDate asOf = LocalDate.of(2027, 1, 31);
    books.recognised("SO-1", "C-1", "10.00", "0.00", asOf);
    books.recognised("SO-2", "C-1", "20.00", "0.00", asOf.minusDays(31));
    books.recognised("SO-3", "C-1", "30.00", "0.00", asOf.minusDays(61));
    books.recognised("SO-4", "C-2", "40.00", "0.00", asOf.minusDays(91));
    books.recognised("SO-5", "C-2", "50.00", "0.00", asOf.minusDays(30));
    books.received("S-1", "60.00", "0.00", asOf.minusDays(60));

    // when
    var report = books.accounting.aging(asOf);

    // then
    assertThat(report.receivables()).containsExactly(
        new AgingRow(
            Party.customer(CustomerId.of("C-1")), cny("10.00"), cny("0.00"), cny("20.00"), cny("30.00"), cny("0.00")),
        new AgingRow(
            Party.customer(CustomerId.of("C-2")), cny("0.00"), cny("50.00"), cny("0.00"), cny("0.00"), cny("40.00")));
    assertThat(report.payables()).singleElement()
        .satisfies(r -> assertThat(r.overdue31to60()).isEqualTo(cny("60.00")));
  }

  @Test
  void balanceAsOfADateOnlyCountsEntriesUpToIt() {
    // given
    books.journal(NOV_1, debit("1002", "100.00"), credit("3001", "100.00"));
    books.journal(LocalDate.of(2026, 12, 1), debit("1002", "50.00"), credit("3001", "50.00"));

    // then
    assertThat(books.accounting.balanceAsOf(AccountCode.of("1002"), LocalDate.of(2026, 11, 30))).isEqualTo(cny("100.00"));
    assertThat(books.balance("1002")).isEqualTo(cny("150.00"));
  }

  @Test
  void balanceSheetBalancesWithTheUnappropriatedProfit() {
    // given
    books.journal(NOV_1, debit("1002", "10000.00"), credit("3001", "10000.00"));
    books.received("S-1", "200.00", "26.00", NOV_1);
    books.shipped("SO-1", "C-1", "60.00", NOV_1);
    books.recognised("SO-1", "C-1", "150.00", "19.50", NOV_1);
    books.journal(LocalDate.of(2026, 12, 2), debit("5602", "10.00"), credit("1002", "10.00"));

    // when
    var november = books.accounting.balanceSheet(Period.parse("2026-11"));
    var income = books.accounting.incomeStatement(Period.parse("2026-11"));
    var december = books.accounting.incomeStatement(Period.parse("2026-12"));

    // then
    assertThat(november.unappropriatedProfit()).isEqualTo(cny("90.00"));
    assertThat(november.totalAssets()).isEqualTo(november.totalLiabilitiesAndEquity());
    // 1002 10000 + 1405 140 + 1122 169.50; input VAT is a debit inside the tax liability 2221
    assertThat(november.totalAssets()).isEqualTo(cny("10309.50"));
    assertThat(november.totalLiabilities()).isEqualTo(cny("219.50"));
    assertThat(income.totalRevenue()).isEqualTo(cny("150.00"));
    assertThat(income.totalExpenses()).isEqualTo(cny("60.00"));
    assertThat(income.profit()).isEqualTo(cny("90.00"));
    assertThat(december.profit()).isEqualTo(cny("-10.00"));
  }
}
