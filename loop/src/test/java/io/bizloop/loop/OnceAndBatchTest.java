package io.bizloop.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.accounting.application.PostJournalEntry;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** {@link Bizloop#once} and {@link Bizloop#batch} in memory; the JDBC store runs the same through its scenario suites. */
class OnceAndBatchTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  private final Bizloop loop = Bizloop.inMemory(CompanySettings.chinaDefaults());

  private Outcome<Long> capital(String amount) {
    return loop.accounting().postJournalEntry(
        PostJournalEntry.Command.on(DAY).memo("capital").debit("1002", amount).credit("3001", amount));
  }

  private Outcome<Long> unbalanced() {
    return loop.accounting().postJournalEntry(
        PostJournalEntry.Command.on(DAY).memo("unbalanced").debit("1002", "1.00").credit("3001", "2.00"));
  }

  private String cash() {
    return loop.accounting().balance(new AccountCode("1002")).amount().toPlainString();
  }

  @Test
  void aKeyRunsItsCommandOnceAndARefusedCommandKeepsItsKey() {
    // when
    Optional<Outcome<Long>> first = loop.once("k-1", () -> capital("100.00"));
    Optional<Outcome<Long>> again = loop.once("k-1", () -> capital("100.00"));
    Optional<Outcome<Long>> refused = loop.once("k-2", this::unbalanced);
    Optional<Outcome<Long>> refusedAgain = loop.once("k-2", () -> capital("7.00"));

    // then
    assertThat(first).hasValueSatisfying(o -> assertThat(o.isAccepted()).isTrue());
    assertThat(again).isEmpty();
    assertThat(refused).hasValueSatisfying(o -> assertThat(o.rejection().code()).isEqualTo(RejectionCode.UNBALANCED_ENTRY));
    assertThat(refusedAgain).isEmpty();
    assertThat(cash()).isEqualTo("100.00");
    assertThat(loop.invariantViolations()).isEmpty();
  }

  @Test
  void aCommandThatThrowsLeavesItsKeyUnremembered() {
    // when
    assertThatThrownBy(() -> loop.once("k-boom", () -> {
      capital("5.00");
      throw new IllegalStateException("the host failed after the posting");
    })).isInstanceOf(IllegalStateException.class);
    Optional<Outcome<Long>> retried = loop.once("k-boom", () -> capital("5.00"));

    // then: the first attempt left nothing, the retry ran
    assertThat(retried).isPresent();
    assertThat(cash()).isEqualTo("5.00");
  }

  @Test
  void anEmptyKeyIsRefused() {
    assertThatThrownBy(() -> loop.once("", () -> capital("1.00"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBatchKeepsEveryAcceptedCommandAndNothingOfARefusedOne() {
    // given
    List<Supplier<Outcome<Long>>> commands = List.of(() -> capital("10.00"), this::unbalanced, () -> capital("20.00"));

    // when
    List<Outcome<?>> outcomes = loop.batch(commands);

    // then
    assertThat(outcomes).hasSize(3);
    assertThat(outcomes.get(0).isAccepted()).isTrue();
    assertThat(outcomes.get(1).rejection().code()).isEqualTo(RejectionCode.UNBALANCED_ENTRY);
    assertThat(outcomes.get(2).isAccepted()).isTrue();
    assertThat(cash()).isEqualTo("30.00");
    assertThat(loop.accounting().journal()).hasSize(2);
    assertThat(loop.invariantViolations()).isEmpty();
  }

  @Test
  void aBatchWhoseCommandThrowsKeepsNothing() {
    // when
    assertThatThrownBy(() -> loop.batch(List.<Supplier<Outcome<Long>>>of(() -> capital("10.00"), () -> {
      throw new IllegalStateException("boom");
    }))).isInstanceOf(IllegalStateException.class);

    // then
    assertThat(cash()).isEqualTo("0.00");
  }
}
