package io.bizloop.accounting.application;

import static io.bizloop.accounting.application.Books.CNY;
import static io.bizloop.accounting.application.Books.NOV_1;
import static io.bizloop.accounting.application.Books.SKU;
import static io.bizloop.accounting.application.Books.WH;
import static io.bizloop.accounting.application.PostJournalEntry.Line.credit;
import static io.bizloop.accounting.application.PostJournalEntry.Line.debit;
import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.PERIOD_CLOSED;
import static io.bizloop.core.RejectionCode.UNBALANCED_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Period;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.StockCountId;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.StockAdjusted;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No sum the books keep can overflow: a step that would pass 2⁶³ − 1 minor units is INVALID_INPUT, after its other checks. */
class BooksRangeTest {

  private final Books books = new Books().customer("C-1").supplier("S-1");

  /** 92 233 720 368 547 000.00: the turnover left after it is less than one typed amount. */
  private static final String NEARLY_ALL = "92233720368547000.00";

  @Test
  void anOverflowingPaymentIsInvalidInputAndLeavesTheLedgerUnchanged() {
    // given
    Object before = books.state();

    // when 9e16 twice
    var first = books.payment("C-1", "90000000000000000", NOV_1);
    var second = books.payment("C-1", "90000000000000000", NOV_1);

    // then
    assertThat(first.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(second.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(books.state()).isEqualTo(before);
    assertThat(books.accounting.totals().balances()).isTrue();
  }

  @Test
  void aPaymentThatWouldTakeTheTurnoverBeyondTheRangeIsInvalidInputAfterThePeriodCheck() {
    // given a receipt that leaves less than one typed amount of room
    assertThat(books.received("S-1", NEARLY_ALL, "0.00", NOV_1).isAccepted()).isTrue();
    Object before = books.state();

    // when
    var payment = books.payment("C-1", "1000000000000", NOV_1);
    var supplierPayment = books.supplierPayment("S-1", "1000000000000", NOV_1);
    var manual = books.journal(NOV_1, debit("5602", "1000000000000"), credit("1002", "1000000000000"));
    var unbalanced = books.journal(NOV_1, debit("5602", "1000000000000"), credit("1002", "999999999999"));
    books.close("2026-11");
    var closed = books.payment("C-1", "1000000000000", NOV_1);

    // then
    assertThat(payment.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(payment.rejection().message()).contains("would exceed the books' range");
    assertThat(supplierPayment.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(manual.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(unbalanced.rejection().code()).isEqualTo(UNBALANCED_ENTRY);
    assertThat(closed.rejection().code()).isEqualTo(PERIOD_CLOSED);
    assertThat(books.accounting.isClosed(Period.parse("2026-11"))).isTrue();
    assertThat(List.of(books.trialBalance(), books.accounting.journal())).isEqualTo(
        List.of(((List<?>) before).get(0), ((List<?>) before).get(1)));
  }

  @Test
  void eventsBeyondTheRangeAreInvalidInputAndQueriesStillAnswer() {
    // given
    assertThat(books.received("S-1", NEARLY_ALL, "0.00", NOV_1).isAccepted()).isTrue();
    Object before = books.state();

    // when the same again, and revenue that would overflow the receivable
    var receipt = books.received("S-1", NEARLY_ALL, "0.00", NOV_1);
    var revenue = books.recognised("SO-1", "C-1", NEARLY_ALL, "0.00", NOV_1);

    // then
    assertThat(receipt.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(revenue.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(books.state()).isEqualTo(before);
    assertThat(books.accounting.totals().debit().toPlainString()).isEqualTo(NEARLY_ALL);
    assertThat(books.accounting.balanceSheet(Period.of(NOV_1)).totalAssets().toPlainString()).isEqualTo(NEARLY_ALL);
    assertThat(books.accounting.aging(NOV_1).payables()).singleElement()
        .satisfies(row -> assertThat(row.total().toPlainString()).isEqualTo(NEARLY_ALL));
  }

  @Test
  void theClosedPeriodWinsOverTheRange() {
    // given
    books.received("S-1", NEARLY_ALL, "0.00", NOV_1);
    books.close("2026-11");

    // when
    var receipt = books.received("S-1", NEARLY_ALL, "0.00", NOV_1);

    // then
    assertThat(receipt.rejection().code()).isEqualTo(PERIOD_CLOSED);
  }

  @Test
  void anEventWhoseOwnSumOverflowsIsInvalidInputNotAnException() {
    // given lines whose costs add up beyond a long, and a count valued at the one unrepresentable absolute value
    Money half = Money.ofMinor(Long.MAX_VALUE / 2 + 1, CNY);
    ShipmentId shipment = ShipmentId.of(SalesOrderId.of("SO-1"), 1);
    GoodsShipped shipped = new GoodsShipped(EventId.of("ship", shipment), NOV_1, shipment, SalesOrderId.of("SO-1"),
        CustomerId.of("C-1"), List.of(new GoodsShipped.Line(SKU, WH, Quantity.of(1), half),
            new GoodsShipped.Line(SKU, WH, Quantity.of(1), half)));
    StockCountId count = StockCountId.of(1);
    StockAdjusted adjusted = new StockAdjusted(EventId.of("count", count), NOV_1, count, SKU, WH, Quantity.of(-1),
        Money.ofMinor(Long.MIN_VALUE, CNY));
    Object before = books.state();

    // when
    var shipping = books.publish(shipped);
    var counting = books.publish(adjusted);

    // then
    assertThat(shipping.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(counting.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(books.state()).isEqualTo(before);
  }

  @Test
  void typedAmountsBeyondTheBoundsAreInvalidInputWithShortMessages() {
    // when
    var huge = books.accounting.receivePayment(
        ReceivePayment.Command.of(CustomerId.of("C-1"), new BigDecimal("1e999999999"), NOV_1));
    var tiny = books.accounting.receivePayment(
        ReceivePayment.Command.of(CustomerId.of("C-1"), new BigDecimal("1e-999999999"), NOV_1));
    var overBound = books.payment("C-1", "1000000000000.01", NOV_1);
    var atBound = books.payment("C-1", "1000000000000.00", NOV_1);
    var line = books.journal(NOV_1, debit("1002", "1e13"), credit("3001", "1e13"));

    // then
    assertThat(huge.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(huge.rejection().message()).hasSizeLessThan(120);
    assertThat(tiny.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(tiny.rejection().message()).hasSizeLessThan(120);
    assertThat(overBound.rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(atBound.isAccepted()).isTrue();
    assertThat(line.rejection().code()).isEqualTo(INVALID_INPUT);
  }
}
