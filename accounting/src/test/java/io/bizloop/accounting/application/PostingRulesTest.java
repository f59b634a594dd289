package io.bizloop.accounting.application;

import static io.bizloop.accounting.application.Books.NOV_1;
import static io.bizloop.accounting.application.Books.cny;
import static io.bizloop.accounting.application.PostJournalEntry.Line.credit;
import static io.bizloop.accounting.application.PostJournalEntry.Line.debit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.PaymentId;
import io.bizloop.core.ReceiptId;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.event.RevenueRecognised;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every row of design.md's posting table, with figures worked by hand. */
class PostingRulesTest {

  private final Books books = new Books().customer("C-1").customer("C-2").supplier("S-1");
  private static final LocalDate NOV_5 = LocalDate.of(2026, 11, 5);

  @Test
  void purchaseReceiptPostsInventoryAndInputVatAgainstThePayable() {
    // given 100 × 2.00 at 13 %
    // when
    var outcome = books.received("S-1", "200.00", "26.00", NOV_1);

    // then
    assertThat(outcome.isAccepted()).isTrue();
    assertThat(books.trialBalance())
        .containsOnly(entry("1405", "200.00"), entry("22210101", "26.00"), entry("2202", "-226.00"));
    assertThat(books.accounting.payables())
        .containsExactly(new PayableRow(SupplierId.of("S-1"), cny("226.00"), cny("0.00")));
    assertThat(books.accounting.journal()).singleElement().satisfies(e -> {
      assertThat(e.number()).isEqualTo(1);
      assertThat(e.lines()).hasSize(3);
      assertThat(e.source()).isEqualTo("RCPT-1");
      assertThat(e.eventId()).isEqualTo(EventId.of("receipt", ReceiptId.of(1)).value());
    });
  }

  @Test
  void shipmentPostsCostOfGoodsSold() {
    // given
    books.received("S-1", "330.00", "42.90", NOV_1);

    // when 30 of 150 at 2.20 average
    books.shipped("SO-1", "C-1", "66.00", NOV_1);

    // then
    assertThat(books.balance("5401")).isEqualTo(cny("66.00"));
    assertThat(books.balance("1405")).isEqualTo(cny("264.00"));
  }

  @Test
  void revenueRecognitionPostsReceivableRevenueAndOutputVat() {
    // when 30 × 5.00 + 13 %
    books.recognised("SO-1", "C-1", "150.00", "19.50", NOV_1);

    // then
    assertThat(books.trialBalance())
        .containsOnly(entry("1122", "169.50"), entry("5001", "-150.00"), entry("22210102", "-19.50"));
    assertThat(books.accounting.openReceivable(CustomerId.of("C-1"))).isEqualTo(cny("169.50"));
    assertThat(books.accounting.openItems(CustomerId.of("C-1"))).singleElement()
        .satisfies(item -> assertThat(item.order()).isEqualTo("SO-1"));
  }

  @Test
  void customerPaymentSettlesReceivableAndPutsTheExcessOnAdvances() {
    // given
    books.recognised("SO-1", "C-1", "150.00", "19.50", NOV_1);

    // when
    var first = books.payment("C-1", "100.00", NOV_1);
    var second = books.payment("C-1", "100.00", NOV_5);

    // then 169.50 owed, 200 paid: 30.50 in advance
    assertThat(first.value()).isEqualTo(PaymentId.of(1));
    assertThat(second.value()).isEqualTo(PaymentId.of(2));
    assertThat(books.balance("1002")).isEqualTo(cny("200.00"));
    assertThat(books.balance("1122")).isEqualTo(cny("0.00"));
    assertThat(books.balance("2203")).isEqualTo(cny("-30.50"));
    assertThat(books.accounting.receivables()).first()
        .isEqualTo(new ReceivableRow(CustomerId.of("C-1"), cny("0.00"), cny("30.50")));
  }

  @Test
  void paymentsSettleTheOldestItemsFirstInTheOrderTheyWereCreated() {
    // given SO-1 created first, though dated later
    books.recognised("SO-1", "C-1", "10.00", "1.30", NOV_5);
    books.recognised("SO-2", "C-1", "100.00", "13.00", NOV_1);

    // when
    books.payment("C-1", "20.00", NOV_5);

    // then SO-1 (created first) is settled, SO-2 keeps 113 - 8.70
    assertThat(books.accounting.openItems(CustomerId.of("C-1"))).singleElement().satisfies(item -> {
      assertThat(item.order()).isEqualTo("SO-2");
      assertThat(item.open()).isEqualTo(cny("104.30"));
    });
  }

  @Test
  void anAdvanceIsAppliedToTheNextReceivable() {
    // given an advance of 50
    books.payment("C-1", "50.00", NOV_1);

    // when 100 + 13 is recognised
    books.recognised("SO-1", "C-1", "100.00", "13.00", NOV_5);

    // then Dr 2203 50 / Cr 1122 50
    assertThat(books.balance("2203")).isEqualTo(cny("0.00"));
    assertThat(books.balance("1122")).isEqualTo(cny("63.00"));
    assertThat(books.accounting.openReceivable(CustomerId.of("C-1"))).isEqualTo(cny("63.00"));
    assertThat(books.accounting.journal()).hasSize(3);
    assertThat(books.accounting.journal().get(2).lines())
        .extracting(l -> l.account().value(), l -> l.debit().toPlainString(), l -> l.credit().toPlainString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2203", "50.00", "0.00"),
            org.assertj.core.groups.Tuple.tuple("1122", "0.00", "50.00"));
  }

  @Test
  void supplierPaymentBeyondTheOpenItemsBecomesAPrepaymentAppliedToTheNextReceipt() {
    // given
    books.received("S-1", "200.00", "26.00", NOV_1);

    // when paying 300 for 226 owed, then receiving 100 + 13
    books.supplierPayment("S-1", "300.00", NOV_1);
    var prepaid = books.balance("1123");
    books.received("S-1", "100.00", "13.00", NOV_5);

    // then 74 prepaid, applied to the new 113: 39 open
    assertThat(prepaid).isEqualTo(cny("74.00"));
    assertThat(books.balance("1123")).isEqualTo(cny("0.00"));
    assertThat(books.balance("2202")).isEqualTo(cny("-39.00"));
    assertThat(books.balance("1002")).isEqualTo(cny("-300.00"));
    assertThat(books.accounting.payables())
        .containsExactly(new PayableRow(SupplierId.of("S-1"), cny("39.00"), cny("0.00")));
  }

  @Test
  void creditNoteSettlesTheOldestItemsFirstThenAdvances() {
    // given two orders open
    books.recognised("SO-1", "C-1", "100.00", "13.00", NOV_1);
    books.recognised("SO-2", "C-1", "50.00", "6.50", NOV_5);
    books.payment("C-1", "100.00", NOV_5);  // SO-1 open 13.00, SO-2 open 56.50

    // when SO-2 is credited 60 + 7.80 = 67.80
    books.credited("SO-2", "C-1", "60.00", "7.80", NOV_5);

    // then 13.00 from SO-1 (oldest), 54.80 from SO-2, nothing beyond
    assertThat(books.balance("5001")).isEqualTo(cny("-90.00"));
    assertThat(books.balance("22210102")).isEqualTo(cny("-11.70"));
    assertThat(books.balance("1122")).isEqualTo(cny("1.70"));
    assertThat(books.balance("2203")).isEqualTo(cny("0.00"));
    assertThat(books.accounting.openItems(CustomerId.of("C-1"))).singleElement()
        .satisfies(item -> assertThat(item.order()).isEqualTo("SO-2"));
  }

  @Test
  void creditNoteBeyondTheOpenItemsGoesToCustomerAdvances() {
    // given 113 recognised and paid
    books.recognised("SO-1", "C-1", "100.00", "13.00", NOV_1);
    books.payment("C-1", "113.00", NOV_1);

    // when 20 + 2.60 is credited
    books.credited("SO-1", "C-1", "20.00", "2.60", NOV_5);

    // then the customer has 22.60 in advance and receivables stay at zero
    assertThat(books.balance("1122")).isEqualTo(cny("0.00"));
    assertThat(books.balance("2203")).isEqualTo(cny("-22.60"));
    assertThat(books.accounting.receivables().get(0).advance()).isEqualTo(cny("22.60"));
  }

  @Test
  void returnPutsTheCostBackIntoInventory() {
    // given
    books.received("S-1", "200.00", "26.00", NOV_1);
    books.shipped("SO-1", "C-1", "60.00", NOV_1);

    // when
    books.returned("SO-1", "C-1", "20.00", NOV_5);

    // then
    assertThat(books.balance("1405")).isEqualTo(cny("160.00"));
    assertThat(books.balance("5401")).isEqualTo(cny("40.00"));
  }

  @Test
  void stockCountGainAndLossPostAgainstStockDifferences() {
    // when
    books.adjusted("5", "11.00", NOV_1);
    books.adjusted("-2", "-4.40", NOV_1);

    // then
    assertThat(books.balance("1405")).isEqualTo(cny("6.60"));
    assertThat(books.balance("1901")).isEqualTo(cny("-6.60"));
    assertThat(books.accounting.journal().get(1).lines())
        .extracting(l -> l.account().value() + (l.isDebit() ? " Dr " : " Cr ") + l.amount().toPlainString())
        .containsExactly("1901 Dr 4.40", "1405 Cr 4.40");
  }

  @Test
  void zeroValuedEventsPostNothing() {
    // when
    books.adjusted("1", "0.00", NOV_1);
    books.shipped("SO-1", "C-1", "0.00", NOV_1);

    // then
    assertThat(books.accounting.journal()).isEmpty();
  }

  @Test
  void zeroLinesAreLeftOut() {
    // when a 0 % VAT receipt
    books.received("S-1", "50.00", "0.00", NOV_1);

    // then
    assertThat(books.accounting.journal()).singleElement()
        .satisfies(e -> assertThat(e.lines()).extracting(l -> l.account().value()).containsExactly("1405", "2202"));
  }

  @Test
  void cancellingAnOrderReversesItsRevenueLimitedToWhatIsOpen() {
    // given revenue at confirmation, partly paid
    books.recognised("SO-1", "C-1", "100.00", "13.00", NOV_1);
    books.payment("C-1", "40.00", NOV_1);

    // when
    var outcome = books.cancelled("SO-1", "C-1", NOV_5);

    // then revenue and VAT are gone, 73 of receivable is credited and the 40 paid is an advance
    assertThat(outcome.isAccepted()).isTrue();
    assertThat(books.trialBalance()).containsOnly(entry("1002", "40.00"), entry("2203", "-40.00"));
    var journal = books.accounting.journal();
    assertThat(journal.get(0).reversedBy()).isEqualTo(journal.get(2).number());
    assertThat(journal.get(2).reversalOf()).isEqualTo(journal.get(0).number());
    assertThat(journal.get(2).source()).isEqualTo("SO-1");
  }

  @Test
  void cancellingAnOrderWithoutRecognisedRevenuePostsNothing() {
    // when
    books.cancelled("SO-9", "C-1", NOV_5);

    // then
    assertThat(books.accounting.journal()).isEmpty();
  }

  @Test
  void theSameEventTwicePostsOnce() {
    // given
    GoodsReceived receipt = books.receipt("S-1", "200.00", "26.00", NOV_1);
    RevenueRecognised revenue = books.revenue("SO-1", "C-1", "100.00", "13.00", NOV_1);

    // when delivered twice through the bus and once more straight to the policies
    books.publish(receipt);
    books.publish(receipt);
    books.publish(revenue);
    books.publish(revenue);
    var policy = new PostReceipt(books.settings, books.ports.parties(), books.ports.journal(), books.ports.balances(),
        books.ports.periods(), books.ports.sequences());
    var direct = books.unitOfWork.execute(() -> policy.on(receipt));

    // then
    assertThat(direct.isAccepted()).isTrue();
    assertThat(books.accounting.journal()).hasSize(2);
    assertThat(books.balance("2202")).isEqualTo(cny("-226.00"));
    assertThat(books.accounting.openReceivable(CustomerId.of("C-1"))).isEqualTo(cny("113.00"));
  }

  @Test
  void anEventInAClosedPeriodIsRefusedAndChangesNothing() {
    // given
    books.close("2026-11");
    Object before = books.state();

    // when
    var outcome = books.received("S-1", "200.00", "26.00", NOV_5);

    // then
    assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.PERIOD_CLOSED);
    assertThat(books.state()).isEqualTo(before);
    // and a later delivery in an open period still posts (the inbox forgot the refused one)
    GoodsReceived later = books.receipt("S-1", "1.00", "0.13", LocalDate.of(2026, 12, 1));
    assertThat(books.publish(later).isAccepted()).isTrue();
  }

  @Test
  void reproducesTheOrderToCashScenario() {
    // given scenario 01: capital, two receipts, a sale of 30 at 5.00 shipped, payments
    books.journal(NOV_1, debit("1002", "10000.00"), credit("3001", "10000.00"));
    books.received("S-1", "200.00", "26.00", NOV_1);
    books.received("S-1", "130.00", "16.90", NOV_1);
    books.shipped("SO-1", "C-1", "66.00", NOV_1);
    books.recognised("SO-1", "C-1", "150.00", "19.50", NOV_1);

    // when
    books.payment("C-1", "100.00", NOV_1);
    books.supplierPayment("S-1", "226.00", NOV_1);

    // then
    assertThat(books.trialBalance())
        .containsOnly(
            entry("1002", "9874.00"), entry("3001", "-10000.00"), entry("1405", "264.00"),
            entry("22210101", "42.90"), entry("2202", "-146.90"), entry("1122", "69.50"),
            entry("5001", "-150.00"), entry("22210102", "-19.50"), entry("5401", "66.00"));
    assertThat(books.accounting.totals().debit()).isEqualTo(cny("10316.40"));
    assertThat(books.accounting.totals().balances()).isTrue();
    assertThat(books.accounting.payables().get(0).open()).isEqualTo(cny("146.90"));
    assertThat(books.accounting.receivables().get(0).open()).isEqualTo(cny("69.50"));
    assertThat(books.accounting.trialBalance().get(0).name()).isEqualTo("银行存款");
  }
}
