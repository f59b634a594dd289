package io.bizloop.accounting.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.RejectionCode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The journal entry aggregate's invariants. */
class JournalEntryTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  private static Money cny(String a) {
    return Money.of(a, "CNY");
  }

  private static JournalLine dr(String code, String amount) {
    return JournalLine.debit(AccountCode.of(code), cny(amount));
  }

  private static JournalLine cr(String code, String amount) {
    return JournalLine.credit(AccountCode.of(code), cny(amount));
  }

  @Test
  void refusesAnUnbalancedEntry() {
    var outcome = JournalEntry.draft(DAY, "X", "", null, EntryKind.MANUAL, null, null,
        List.of(dr("1002", "1.00"), cr("3001", "0.99")));
    assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.UNBALANCED_ENTRY);
  }

  @Test
  void refusesASingleLineAndAZeroLine() {
    assertThat(JournalEntry.draft(DAY, "X", "", null, EntryKind.MANUAL, null, null, List.of(dr("1002", "1.00")))
        .rejection().code()).isEqualTo(RejectionCode.UNBALANCED_ENTRY);
    assertThat(JournalEntry.draft(DAY, "X", "", null, EntryKind.MANUAL, null, null,
        List.of(dr("1002", "1.00"), cr("3001", "1.00"), dr("1001", "0.00"))).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
  }

  @Test
  void postsOnceAndIsReversedAtMostOnce() {
    // given
    JournalEntry entry = JournalEntry.draft(DAY, null, "", null, EntryKind.MANUAL, null, null,
        List.of(dr("1002", "1.00"), cr("3001", "1.00"))).value();

    // when
    assertThat(entry.post(4).isAccepted()).isTrue();

    // then
    assertThat(entry.source()).isEqualTo("JE-4");
    assertThat(entry.post(5).rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(entry.markReversedBy(6).isAccepted()).isTrue();
    assertThat(entry.markReversedBy(7).rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(JournalEntry.restore(entry.snapshot()).reversedBy()).contains(6L);
    assertThat(entry.reversedLines()).containsExactly(cr("1002", "1.00"), dr("3001", "1.00"));
  }

  @Test
  void balancesBeyondTheLongRangeAndInSeveralCurrenciesAreDecidedExactly() {
    // given: debits whose sum overflows a long, balanced by the same credits
    Money huge = Money.ofMinor(Long.MAX_VALUE - 1, java.util.Currency.getInstance("CNY"));
    List<JournalLine> overflowing = List.of(
        JournalLine.debit(AccountCode.of("1002"), huge), JournalLine.debit(AccountCode.of("1001"), huge),
        JournalLine.credit(AccountCode.of("3001"), huge), JournalLine.credit(AccountCode.of("3002"), huge));
    List<JournalLine> overflowingUnbalanced = List.of(
        JournalLine.debit(AccountCode.of("1002"), huge), JournalLine.debit(AccountCode.of("1001"), huge),
        JournalLine.credit(AccountCode.of("3001"), huge), JournalLine.credit(AccountCode.of("3002"), cny("1.00")));
    // and: two currencies, each balanced / one not
    Money usd = Money.of("1.00", "USD");
    List<JournalLine> twoBalanced = List.of(dr("1002", "1.00"), cr("3001", "1.00"),
        JournalLine.debit(AccountCode.of("1003"), usd), JournalLine.credit(AccountCode.of("3003"), usd));
    List<JournalLine> twoUnbalanced = List.of(dr("1002", "1.00"), cr("3001", "1.00"),
        JournalLine.debit(AccountCode.of("1003"), usd), cr("3003", "1.00"));

    // then
    assertThat(JournalEntry.draft(DAY, "X", "", null, EntryKind.MANUAL, null, null, overflowing).isAccepted()).isTrue();
    assertThat(JournalEntry.draft(DAY, "X", "", null, EntryKind.MANUAL, null, null, overflowingUnbalanced)
        .rejection().code()).isEqualTo(RejectionCode.UNBALANCED_ENTRY);
    assertThat(JournalEntry.draft(DAY, "X", "", null, EntryKind.MANUAL, null, null, twoBalanced).isAccepted()).isTrue();
    var unbalanced = JournalEntry.draft(DAY, "X", "", null, EntryKind.MANUAL, null, null, twoUnbalanced);
    assertThat(unbalanced.rejection().code()).isEqualTo(RejectionCode.UNBALANCED_ENTRY);
    assertThat(unbalanced.rejection().message()).contains("debits 1.00, credits 2.00 CNY");
  }
}
