package io.bizloop.accounting.application;

import static io.bizloop.accounting.application.Books.NOV_1;
import static io.bizloop.accounting.application.Books.cny;
import static io.bizloop.accounting.application.PostJournalEntry.Line.credit;
import static io.bizloop.accounting.application.PostJournalEntry.Line.debit;
import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.PERIOD_CLOSED;
import static io.bizloop.core.RejectionCode.UNBALANCED_ENTRY;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.PaymentId;
import io.bizloop.core.Period;
import io.bizloop.core.RejectionCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Manual journal entries, reversals, fiscal periods and payments: what is refused and what is kept. */
class JournalEntryRulesTest {

  private final Books books = new Books().customer("C-1").supplier("S-1");
  private static final LocalDate DEC_1 = LocalDate.of(2026, 12, 1);

  private void opening() {
    assertThat(books.journal(NOV_1, debit("1002", "10000.00"), credit("3001", "10000.00")).isAccepted()).isTrue();
  }

  @Test
  void postsABalancedManualEntryWithItsNumberAsSource() {
    // when
    Outcome<Long> outcome = books.journal(NOV_1, debit("1002", "10000.00"), credit("3001", "10000.00"));

    // then
    assertThat(outcome.value()).isEqualTo(1L);
    assertThat(books.accounting.journal()).singleElement().satisfies(e -> {
      assertThat(e.source()).isEqualTo("JE-1");
      assertThat(e.memo()).isEqualTo("manual");
      assertThat(e.eventId()).isNull();
    });
    assertThat(books.balance("3001")).isEqualTo(cny("-10000.00"));
  }

  static Stream<Arguments> badEntries() {
    PostJournalEntry.Line both = new PostJournalEntry.Line("1002", BigDecimal.TEN, BigDecimal.TEN);
    PostJournalEntry.Line neither = new PostJournalEntry.Line("1002", null, null);
    return Stream.of(
        Arguments.of("both debit and credit", List.of(both, credit("3001", "10")), INVALID_INPUT),
        Arguments.of("neither debit nor credit", List.of(neither, credit("3001", "10")), INVALID_INPUT),
        Arguments.of("zero", List.of(debit("1002", "0.00"), credit("3001", "0.00")), INVALID_INPUT),
        Arguments.of("negative", List.of(debit("1002", "-5.00"), credit("3001", "-5.00")), INVALID_INPUT),
        Arguments.of("three decimals", List.of(debit("1002", "1.005"), credit("3001", "1.005")), INVALID_INPUT),
        Arguments.of("control account 1122", List.of(debit("1122", "5.00"), credit("3001", "5.00")), INVALID_INPUT),
        Arguments.of("control account 1405", List.of(debit("1405", "5.00"), credit("3001", "5.00")), INVALID_INPUT),
        Arguments.of("control account 2203", List.of(debit("1002", "5.00"), credit("2203", "5.00")), INVALID_INPUT),
        Arguments.of("no lines", List.of(), INVALID_INPUT),
        Arguments.of("unknown account", List.of(debit("9999", "5.00"), credit("3001", "5.00")), UNKNOWN_REFERENCE),
        Arguments.of("malformed account", List.of(debit("10 02", "5.00"), credit("3001", "5.00")), UNKNOWN_REFERENCE),
        Arguments.of("unbalanced", List.of(debit("1002", "5.00"), credit("3001", "4.99")), UNBALANCED_ENTRY),
        Arguments.of("one line", List.of(debit("1002", "5.00")), UNBALANCED_ENTRY),
        Arguments.of("invalid before unknown", List.of(debit("9999", "5"), credit("1122", "5")), INVALID_INPUT),
        Arguments.of("unknown before unbalanced", List.of(debit("9999", "5"), credit("3001", "4")), UNKNOWN_REFERENCE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badEntries")
  void refusesABadManualEntryAndChangesNothing(String name, List<PostJournalEntry.Line> lines, RejectionCode code) {
    // given
    opening();
    Object before = books.state();

    // when
    Outcome<Long> outcome =
        books.accounting.postJournalEntry(new PostJournalEntry.Command("bad", lines, NOV_1));

    // then
    assertThat(outcome.rejection().code()).isEqualTo(code);
    assertThat(books.state()).isEqualTo(before);
  }

  @Test
  void refusesAManualEntryInAClosedPeriodLast() {
    // given
    opening();
    books.close("2026-11");
    Object before = books.state();

    // when
    var balanced = books.journal(NOV_1, debit("5602", "5.00"), credit("1002", "5.00"));
    var unbalanced = books.journal(NOV_1, debit("5602", "5.00"), credit("1002", "4.00"));

    // then
    assertThat(balanced.rejection().code()).isEqualTo(PERIOD_CLOSED);
    assertThat(unbalanced.rejection().code()).isEqualTo(UNBALANCED_ENTRY);
    assertThat(books.state()).isEqualTo(before);
  }

  @Test
  void entryNumbersHaveNoGapsAfterARejection() {
    // given
    opening();
    books.journal(NOV_1, debit("5602", "5.00"), credit("1002", "4.00"));
    books.close("2026-12");
    books.journal(DEC_1, debit("5602", "5.00"), credit("1002", "5.00"));

    // when
    Outcome<Long> next = books.journal(NOV_1, debit("5602", "5.00"), credit("1002", "5.00"));

    // then
    assertThat(next.value()).isEqualTo(2L);
  }

  @Test
  void closingAPeriodTwiceIsInvalidState() {
    // given
    assertThat(books.close("2026-11").isAccepted()).isTrue();

    // when
    var again = books.close("2026-11");

    // then
    assertThat(again.rejection().code()).isEqualTo(INVALID_STATE);
    assertThat(books.accounting.isClosed(Period.parse("2026-11"))).isTrue();
    assertThat(books.accounting.isClosed(Period.parse("2026-10"))).isFalse();
  }

  @Test
  void periodsCloseInAnyOrderAndReopen() {
    // when
    books.close("2026-12");
    books.close("2026-10");
    var reopened = books.accounting.reopenPeriod(ReopenPeriod.Command.of(Period.parse("2026-12"), NOV_1));
    var notClosed = books.accounting.reopenPeriod(ReopenPeriod.Command.of(Period.parse("2026-11"), NOV_1));

    // then
    assertThat(reopened.isAccepted()).isTrue();
    assertThat(notClosed.rejection().code()).isEqualTo(INVALID_STATE);
    assertThat(books.journal(DEC_1, debit("1002", "1.00"), credit("3001", "1.00")).isAccepted()).isTrue();
  }

  @Test
  void reversesAnEntryWithTheSidesSwappedAndLinksBoth() {
    // given
    opening();
    books.journal(NOV_1, debit("5602", "30.00"), credit("1002", "30.00"));

    // when
    Outcome<Long> reversal = books.accounting.reverseJournalEntry(ReverseJournalEntry.Command.of(2, NOV_1));

    // then
    assertThat(reversal.value()).isEqualTo(3L);
    assertThat(books.balance("5602")).isEqualTo(cny("0.00"));
    assertThat(books.balance("1002")).isEqualTo(cny("10000.00"));
    var journal = books.accounting.journal();
    assertThat(journal.get(1).reversedBy()).isEqualTo(3L);
    assertThat(journal.get(2).reversalOf()).isEqualTo(2L);
    assertThat(journal.get(2).lines().get(0).credit()).isEqualTo(cny("30.00"));
  }

  @Test
  void refusesToReverseTwiceOrToReverseAReversal() {
    // given
    opening();
    books.accounting.reverseJournalEntry(ReverseJournalEntry.Command.of(1, NOV_1));
    Object before = books.state();

    // when
    var twice = books.accounting.reverseJournalEntry(ReverseJournalEntry.Command.of(1, NOV_1));
    var ofReversal = books.accounting.reverseJournalEntry(ReverseJournalEntry.Command.of(2, NOV_1));
    var unknown = books.accounting.reverseJournalEntry(ReverseJournalEntry.Command.of(7, NOV_1));

    // then
    assertThat(twice.rejection().code()).isEqualTo(INVALID_STATE);
    assertThat(ofReversal.rejection().code()).isEqualTo(INVALID_STATE);
    assertThat(unknown.rejection().code()).isEqualTo(UNKNOWN_REFERENCE);
    assertThat(books.state()).isEqualTo(before);
  }

  @Test
  void reversesAnEntryOfAClosedPeriodIntoAnOpenOne() {
    // given
    opening();
    books.close("2026-11");

    // when
    var intoClosed = books.accounting.reverseJournalEntry(ReverseJournalEntry.Command.of(1, NOV_1));
    var intoOpen = books.accounting.reverseJournalEntry(ReverseJournalEntry.Command.of(1, DEC_1));

    // then
    assertThat(intoClosed.rejection().code()).isEqualTo(PERIOD_CLOSED);
    assertThat(intoOpen.isAccepted()).isTrue();
    assertThat(books.accounting.trialBalance()).isEmpty();
  }

  @Test
  void refusesToReverseAnEntryOnAControlAccount() {
    // given
    books.received("S-1", "200.00", "26.00", NOV_1);

    // when
    var outcome = books.accounting.reverseJournalEntry(ReverseJournalEntry.Command.of(1, NOV_1));

    // then
    assertThat(outcome.rejection().code()).isEqualTo(INVALID_STATE);
  }

  @Test
  void refusesBadPayments() {
    // given
    Object before = books.state();

    // when / then
    assertThat(books.payment("C-1", "0.00", NOV_1).rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(books.payment("C-1", "-1.00", NOV_1).rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(books.payment("C-1", "1.001", NOV_1).rejection().code()).isEqualTo(INVALID_INPUT);
    assertThat(books.payment("C-9", "1.00", NOV_1).rejection().code()).isEqualTo(UNKNOWN_REFERENCE);
    assertThat(books.supplierPayment("S-9", "1.00", NOV_1).rejection().code()).isEqualTo(UNKNOWN_REFERENCE);
    books.close("2026-11");
    assertThat(books.payment("C-1", "1.00", NOV_1).rejection().code()).isEqualTo(PERIOD_CLOSED);
    assertThat(books.supplierPayment("S-1", "1.00", NOV_1).rejection().code()).isEqualTo(PERIOD_CLOSED);
    assertThat(books.state()).isEqualTo(before);
    // and the payment numbers were given back
    assertThat(books.payment("C-1", "1.00", DEC_1).value()).isEqualTo(PaymentId.of(1));
  }

  @Test
  void aPaymentPublishesPaymentReceived() {
    // given
    List<Object> seen = new java.util.ArrayList<>();
    books.bus.subscribe("spy", io.bizloop.core.event.PaymentReceived.class, e -> {
      seen.add(e);
      return Outcome.done();
    });

    // when
    books.payment("C-1", "12.30", NOV_1);

    // then
    assertThat(seen).singleElement().isEqualTo(
        new io.bizloop.core.event.PaymentReceived(io.bizloop.core.EventId.of("customer-payment", PaymentId.of(1)),
            NOV_1, PaymentId.of(1), CustomerId.of("C-1"), cny("12.30")));
  }

  @Test
  void aSubscriberRejectionUndoesThePayment() {
    // given
    books.bus.subscribe("refuser", io.bizloop.core.event.PaymentReceived.class,
        e -> Outcome.rejected(INVALID_STATE, "no"));
    Object before = books.state();

    // when
    var outcome = books.payment("C-1", "12.30", NOV_1);

    // then
    assertThat(outcome.rejection().code()).isEqualTo(INVALID_STATE);
    assertThat(books.state()).isEqualTo(before);
  }
}
