package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.CustomerRegistered;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomeTest {

  private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  private static BusinessEvent registered(String customer) {
    return new CustomerRegistered(EventId.of("reg-" + customer), DAY, CustomerId.of(customer), customer);
  }

  @Test
  void anAcceptedOutcomeCarriesItsValueAndEvents() {
    // given
    BusinessEvent event = registered("C1");

    // when
    Outcome<String> outcome = Outcome.accepted("C1", List.of(event));

    // then
    assertThat(outcome.isAccepted()).isTrue();
    assertThat(outcome.isRejected()).isFalse();
    assertThat(outcome.value()).isEqualTo("C1");
    assertThat(outcome.events()).containsExactly(event);
    assertThatThrownBy(outcome::rejection).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aRejectedOutcomeCarriesItsRejectionAndNoEvents() {
    // given // when
    Outcome<String> outcome = Outcome.rejected(RejectionCode.INSUFFICIENT_STOCK, "available 3, asked 5");

    // then
    assertThat(outcome.isRejected()).isTrue();
    assertThat(outcome.rejection()).isEqualTo(Rejection.of(RejectionCode.INSUFFICIENT_STOCK, "available 3, asked 5"));
    assertThat(outcome.rejection()).hasToString("INSUFFICIENT_STOCK: available 3, asked 5");
    assertThat(outcome.events()).isEmpty();
    assertThatThrownBy(outcome::value)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("INSUFFICIENT_STOCK");
  }

  @Test
  void doneHasNoValue() {
    // given // when
    Outcome<Void> done = Outcome.done(List.of(registered("C1")));

    // then
    assertThat(done.isAccepted()).isTrue();
    assertThat(done.value()).isNull();
    assertThat(done.events()).hasSize(1);
    assertThat(Outcome.done().events()).isEmpty();
  }

  @Test
  void copiesTheEventsSoTheyCannotChangeAfterwards() {
    // given
    List<BusinessEvent> events = new ArrayList<>(List.of(registered("C1")));
    Outcome<String> outcome = Outcome.accepted("x", events);

    // when
    events.add(registered("C2"));

    // then
    assertThat(outcome.events()).hasSize(1);
    assertThatThrownBy(() -> outcome.events().add(registered("C3"))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mapTransformsTheValueAndKeepsTheEvents() {
    // given
    BusinessEvent event = registered("C1");
    Outcome<Integer> outcome = Outcome.accepted(20, List.of(event));

    // when
    Outcome<String> mapped = outcome.map(n -> "n=" + (n + 1));

    // then
    assertThat(mapped.value()).isEqualTo("n=21");
    assertThat(mapped.events()).containsExactly(event);
  }

  @Test
  void mapPassesARejectionThroughWithoutCallingTheMapper() {
    // given
    Outcome<Integer> rejected = Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "no such sku");

    // when
    Outcome<String> mapped = rejected.map(n -> { throw new AssertionError("mapper called"); });

    // then
    assertThat(mapped.rejection()).isEqualTo(rejected.rejection());
  }

  @Test
  void thenChainsAcceptedOutcomesAndConcatenatesTheirEventsInOrder() {
    // given
    BusinessEvent first = registered("C1");
    BusinessEvent second = registered("C2");
    Outcome<String> outcome = Outcome.accepted("C1", List.of(first));

    // when
    Outcome<Integer> chained = outcome.then(value -> Outcome.accepted(value.length(), List.of(second)));

    // then
    assertThat(chained.value()).isEqualTo(2);
    assertThat(chained.events()).containsExactly(first, second);
  }

  @Test
  void thenReturnsTheRejectionOfTheNextStepAndDropsTheEarlierEvents() {
    // given
    Outcome<String> outcome = Outcome.accepted("C1", List.of(registered("C1")));

    // when
    Outcome<Integer> chained = outcome.then(value -> Outcome.rejected(RejectionCode.DUPLICATE_ID, value + " exists"));

    // then
    assertThat(chained.isRejected()).isTrue();
    assertThat(chained.rejection().code()).isEqualTo(RejectionCode.DUPLICATE_ID);
    assertThat(chained.events()).isEmpty();
  }

  @Test
  void thenDoesNotRunTheNextStepAfterARejection() {
    // given
    Outcome<String> rejected = Outcome.rejected(RejectionCode.INVALID_STATE, "closed");
    List<String> calls = new ArrayList<>();

    // when
    Outcome<Integer> chained =
        rejected.then(
            value -> {
              calls.add(value);
              return Outcome.accepted(1);
            });

    // then
    assertThat(calls).isEmpty();
    assertThat(chained.rejection()).isEqualTo(rejected.rejection());
  }

  @Test
  void discardValueKeepsEventsAndRejections() {
    // given
    BusinessEvent event = registered("C1");

    // when
    Outcome<Void> accepted = Outcome.accepted("x", List.of(event)).discardValue();
    Outcome<Void> rejected = Outcome.<String>rejected(RejectionCode.CONFLICT, "stale").discardValue();

    // then
    assertThat(accepted.value()).isNull();
    assertThat(accepted.events()).containsExactly(event);
    assertThat(rejected.rejection().code()).isEqualTo(RejectionCode.CONFLICT);
  }

  @Test
  void aRejectionNeedsACodeAndAMessage() {
    // given // when // then
    assertThatThrownBy(() -> Rejection.of(null, "m")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Rejection.of(RejectionCode.INVALID_INPUT, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Outcome.rejected((Rejection) null)).isInstanceOf(NullPointerException.class);
  }
}
