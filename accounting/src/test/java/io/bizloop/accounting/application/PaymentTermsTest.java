package io.bizloop.accounting.application;

import static io.bizloop.accounting.application.Books.NOV_1;
import static io.bizloop.accounting.application.Books.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.accounting.domain.AgingRow;
import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.core.event.SupplierRegistered;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Payment terms give every open item a due date; aging counts days overdue from it. */
class PaymentTermsTest {

  private static final CustomerId C1 = CustomerId.of("C-1");
  private static final SupplierId S1 = SupplierId.of("S-1");

  private final Books books = new Books();

  @Test
  void anItemFallsDueItsPostingDatePlusTheTermsRegistered() {
    // given a customer on 30 days and a supplier on 45
    books.publish(new CustomerRegistered(EventId.of("customer", "C-1"), NOV_1, C1, "C one", 30));
    books.publish(new SupplierRegistered(EventId.of("supplier", "S-1"), NOV_1, S1, "S one", 45));

    // when
    books.recognised("SO-1", "C-1", "100.00", "13.00", LocalDate.of(2026, 11, 5));
    books.received("S-1", "200.00", "26.00", NOV_1);

    // then
    assertThat(books.accounting.openItems(C1)).singleElement()
        .satisfies(item -> assertThat(item.due()).isEqualTo(LocalDate.of(2026, 12, 5)));
    assertThat(books.accounting.openItems(S1)).singleElement()
        .satisfies(item -> assertThat(item.due()).isEqualTo(LocalDate.of(2026, 12, 16)));
  }

  @Test
  void newTermsApplyToItemsPostedLaterAndAPartlySettledItemKeepsItsDueDate() {
    // given
    books.customer("C-1");
    books.recognised("SO-1", "C-1", "100.00", "0.00", NOV_1);

    // when terms change to 10 days, a second item is posted and 60 is paid
    assertThat(books.accounting.setPaymentTerms(SetPaymentTerms.Command.forCustomer(C1, 10, NOV_1)).isAccepted())
        .isTrue();
    books.recognised("SO-2", "C-1", "50.00", "0.00", NOV_1);
    books.payment("C-1", "60.00", NOV_1);

    // then SO-1 keeps its due date NOV_1 with 40 open; SO-2 is due on NOV_11
    assertThat(books.accounting.openItems(C1))
        .extracting(i -> i.order(), i -> i.due(), i -> i.open())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("SO-1", NOV_1, cny("40.00")),
            org.assertj.core.groups.Tuple.tuple("SO-2", LocalDate.of(2026, 11, 11), cny("50.00")));
    assertThat(books.accounting.paymentTermsDays(C1)).isEqualTo(10);
  }

  @Test
  void agesByDaysOverdueIntoFiveBucketsThatAddUpToTheOpenAmount() {
    // given a customer on 30 days and items due 0, 1, 31, 61 and 91 days before 2027-03-31
    books.publish(new CustomerRegistered(EventId.of("customer", "C-1"), NOV_1, C1, "C one", 30));
    LocalDate asOf = LocalDate.of(2027, 3, 31);
    books.recognised("SO-1", "C-1", "1.00", "0.00", asOf.minusDays(30));
    books.recognised("SO-2", "C-1", "2.00", "0.00", asOf.minusDays(31));
    books.recognised("SO-3", "C-1", "3.00", "0.00", asOf.minusDays(61));
    books.recognised("SO-4", "C-1", "4.00", "0.00", asOf.minusDays(91));
    books.recognised("SO-5", "C-1", "5.00", "0.00", asOf.minusDays(121));
    books.recognised("SO-6", "C-1", "6.00", "0.00", asOf.plusDays(5));

    // when
    var report = books.accounting.aging(asOf);

    // then
    assertThat(report.receivables()).singleElement().satisfies(row -> {
      assertThat(row).isEqualTo(new AgingRow(
          io.bizloop.accounting.domain.Party.customer(C1), cny("7.00"), cny("2.00"), cny("3.00"), cny("4.00"),
          cny("5.00")));
      assertThat(row.total()).isEqualTo(books.accounting.openReceivable(C1));
    });
    assertThat(report.payables()).isEmpty();
  }

  @Test
  void refusesTermsOutOfRangeForNobodyOrBothOrAnUnknownParty() {
    // given
    books.customer("C-1").supplier("S-1");

    // then
    assertThat(books.accounting.setPaymentTerms(SetPaymentTerms.Command.forCustomer(C1, 3651, NOV_1)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(books.accounting.setPaymentTerms(SetPaymentTerms.Command.forCustomer(C1, -1, NOV_1)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(books.accounting.setPaymentTerms(new SetPaymentTerms.Command(C1, S1, 5, NOV_1)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(books.accounting.setPaymentTerms(new SetPaymentTerms.Command(null, null, 5, NOV_1)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(books.accounting.setPaymentTerms(
        SetPaymentTerms.Command.forSupplier(SupplierId.of("S-9"), 5, NOV_1)).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(books.accounting.setPaymentTerms(SetPaymentTerms.Command.forSupplier(S1, 3650, NOV_1)).isAccepted())
        .isTrue();
  }
}
