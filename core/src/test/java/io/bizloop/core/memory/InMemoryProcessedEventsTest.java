package io.bizloop.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryProcessedEventsTest {

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryProcessedEvents inbox = new InMemoryProcessedEvents(unitOfWork);
  private final EventId event = EventId.of("E1");

  private static List<String> consumers(int count) {
    return IntStream.range(0, count).mapToObj(i -> "consumer-" + i).toList();
  }

  private boolean markInUnit(String consumer, EventId id) {
    return unitOfWork.execute(() -> Outcome.accepted(inbox.markProcessed(consumer, id))).value();
  }

  @Test
  void theSameConsumerAndEventIsProcessedOnce() {
    // when
    boolean first = inbox.markProcessed("accounting", event);
    boolean second = inbox.markProcessed("accounting", event);
    boolean third = markInUnit("accounting", event);

    // then
    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(third).isFalse();
  }

  @Test
  void insideOneUnitTheSecondMarkOfAPairAnswersFalse() {
    // when
    List<Boolean> answers = new ArrayList<>();
    unitOfWork.execute(
        () -> {
          answers.add(inbox.markProcessed("accounting", event));
          answers.add(inbox.markProcessed("accounting", event));
          return Outcome.done();
        });

    // then
    assertThat(answers).containsExactly(true, false);
    assertThat(inbox.markProcessed("accounting", event)).isFalse();
  }

  @Test
  void eachConsumerOfOneEventGetsTrueOnce() {
    // given
    List<String> consumers = List.of("accounting", "inventory", "crm", "reporting");

    // when
    List<Boolean> firstRound = consumers.stream().map(c -> markInUnit(c, event)).toList();
    List<Boolean> secondRound = consumers.stream().map(c -> inbox.markProcessed(c, event)).toList();

    // then
    assertThat(firstRound).containsOnly(true).hasSize(4);
    assertThat(secondRound).containsOnly(false).hasSize(4);
  }

  @Test
  void aConsumersMarkOfOneEventDoesNotMarkAnotherEvent() {
    // given
    EventId other = EventId.of("E2");
    inbox.markProcessed("accounting", event);

    // when
    boolean otherEvent = inbox.markProcessed("accounting", other);
    boolean otherConsumer = inbox.markProcessed("inventory", other);

    // then
    assertThat(otherEvent).isTrue();
    assertThat(otherConsumer).isTrue();
    assertThat(inbox.markProcessed("inventory", event)).isTrue();
  }

  @Test
  void seventyConsumersPastTheSixtyThreeBitLimitEachGetTrueOnce() {
    // given
    List<String> consumers = consumers(70);
    EventId second = EventId.of("E2");

    // when: every consumer marks the first event, half of them in units of work
    List<Boolean> firstMarks = new ArrayList<>();
    for (int i = 0; i < consumers.size(); i++) {
      String consumer = consumers.get(i);
      firstMarks.add(i % 2 == 0 ? inbox.markProcessed(consumer, event) : markInUnit(consumer, event));
    }
    List<Boolean> repeats = consumers.stream().map(c -> inbox.markProcessed(c, event)).toList();
    // and the second event from the last consumer backwards
    List<Boolean> secondMarks = new ArrayList<>();
    for (int i = consumers.size() - 1; i >= 0; i--) {
      secondMarks.add(inbox.markProcessed(consumers.get(i), second));
    }
    List<Boolean> secondRepeats = consumers.stream().map(c -> markInUnit(c, second)).toList();

    // then
    assertThat(firstMarks).hasSize(70).containsOnly(true);
    assertThat(repeats).hasSize(70).containsOnly(false);
    assertThat(secondMarks).hasSize(70).containsOnly(true);
    assertThat(secondRepeats).hasSize(70).containsOnly(false);
  }

  @Test
  void consumersPastTheBitLimitDoNotShareMarksWithEachOther() {
    // given: 63 consumers take every bit
    consumers(63).forEach(c -> inbox.markProcessed(c, EventId.of("warm-up")));

    // when
    boolean sixtyFourth = inbox.markProcessed("late-1", event);
    boolean sixtyFifth = inbox.markProcessed("late-2", event);
    boolean sixtyFourthAgain = inbox.markProcessed("late-1", event);
    boolean sixtyFourthOtherEvent = inbox.markProcessed("late-1", EventId.of("E2"));
    boolean anEarlyConsumer = inbox.markProcessed("consumer-0", event);

    // then
    assertThat(sixtyFourth).isTrue();
    assertThat(sixtyFifth).isTrue();
    assertThat(sixtyFourthAgain).isFalse();
    assertThat(sixtyFourthOtherEvent).isTrue();
    assertThat(anEarlyConsumer).isTrue();
    assertThat(inbox.markProcessed("late-2", event)).isFalse();
    assertThat(inbox.markProcessed("consumer-0", event)).isFalse();
  }

  @Test
  void aRolledBackUnitForgetsItsMarksWhileEarlierMarksOfOtherConsumersSurvive() {
    // given: 70 consumers, the first and the last marked before, in ended units
    List<String> consumers = consumers(70);
    String early = consumers.get(0);
    String late = consumers.get(69);
    assertThat(markInUnit(early, event)).isTrue();
    for (int i = 1; i < 69; i++) {
      inbox.markProcessed(consumers.get(i), EventId.of("warm-up")); // gives consumers 1..62 their bits
    }
    assertThat(inbox.markProcessed(late, event)).isTrue();

    // when: a unit marks the event for every other consumer and is rolled back
    List<Boolean> insideRolledBack = new ArrayList<>();
    Outcome<Void> outcome =
        unitOfWork.execute(
            () -> {
              for (int i = 1; i < 69; i++) {
                insideRolledBack.add(inbox.markProcessed(consumers.get(i), event));
              }
              return Outcome.rejected(RejectionCode.PERIOD_CLOSED, "closed");
            });

    // then: the earlier marks survive, the rolled-back ones answer true again, once
    assertThat(outcome.isRejected()).isTrue();
    assertThat(insideRolledBack).hasSize(68).containsOnly(true);
    assertThat(inbox.markProcessed(early, event)).isFalse();
    assertThat(inbox.markProcessed(late, event)).isFalse();
    for (int i = 1; i < 69; i++) {
      assertThat(markInUnit(consumers.get(i), event)).as(consumers.get(i)).isTrue();
      assertThat(inbox.markProcessed(consumers.get(i), event)).as(consumers.get(i) + " again").isFalse();
    }
  }

  @Test
  void aUnitThatThrowsForgetsItsMarks() {
    // given
    inbox.markProcessed("accounting", event);

    // when
    assertThatThrownBy(
            () ->
                unitOfWork.execute(
                    () -> {
                      inbox.markProcessed("inventory", event);
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);

    // then
    assertThat(inbox.markProcessed("inventory", event)).isTrue();
    assertThat(inbox.markProcessed("accounting", event)).isFalse();
  }

  @Test
  void aRejectedSavepointForgetsOnlyItsOwnMarks() {
    // when
    unitOfWork.execute(
        () -> {
          assertThat(inbox.markProcessed("accounting", event)).isTrue();
          unitOfWork.execute(
              () -> {
                assertThat(inbox.markProcessed("inventory", event)).isTrue();
                return Outcome.rejected(RejectionCode.INVALID_STATE, "inner no");
              });
          assertThat(inbox.markProcessed("crm", event)).isTrue();
          return Outcome.done();
        });

    // then
    assertThat(inbox.markProcessed("accounting", event)).isFalse();
    assertThat(inbox.markProcessed("crm", event)).isFalse();
    assertThat(inbox.markProcessed("inventory", event)).isTrue();
  }

  @Test
  void refusesANullConsumerOrEvent() {
    // when // then
    assertThatThrownBy(() -> inbox.markProcessed(null, event)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> inbox.markProcessed("accounting", null)).isInstanceOf(NullPointerException.class);
  }
}
