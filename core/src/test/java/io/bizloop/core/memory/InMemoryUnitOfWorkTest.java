package io.bizloop.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryUnitOfWorkTest {

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final TxMap<String, Integer> stock = new TxMap<>(unitOfWork);
  private final TxList<String> journal = new TxList<>(unitOfWork);

  private Map<String, Integer> stockNow() {
    Map<String, Integer> now = new HashMap<>();
    for (String key : List.of("A", "B")) {
      stock.get(key).ifPresent(value -> now.put(key, value));
    }
    return now;
  }

  @Test
  void keepsTheChangesOfAcceptedWork() {
    // given
    stock.put("A", 1);

    // when
    Outcome<String> outcome =
        unitOfWork.execute(
            () -> {
              stock.put("A", 2);
              stock.put("B", 5);
              journal.add("moved");
              return Outcome.accepted("ok");
            });

    // then
    assertThat(outcome.value()).isEqualTo("ok");
    assertThat(stockNow()).isEqualTo(Map.of("A", 2, "B", 5));
    assertThat(journal.toList()).containsExactly("moved");
    assertThat(unitOfWork.active()).isFalse();
  }

  @Test
  void rejectedWorkUndoesEveryMapAndListChange() {
    // given
    stock.put("A", 1);
    journal.add("opening");

    // when
    Outcome<Void> outcome =
        unitOfWork.execute(
            () -> {
              stock.put("A", 2);
              stock.put("A", 3);
              stock.put("B", 5);
              journal.add("first");
              journal.add("opening");
              return Outcome.rejected(RejectionCode.INSUFFICIENT_STOCK, "no");
            });

    // then
    assertThat(outcome.isRejected()).isTrue();
    assertThat(stockNow()).isEqualTo(Map.of("A", 1));
    assertThat(stock.containsKey("B")).isFalse();
    assertThat(stock.size()).isEqualTo(1);
    assertThat(journal.toList()).containsExactly("opening");
  }

  @Test
  void rejectedWorkUndoesAConditionalPut() {
    // given
    stock.put("A", 1);

    // when
    unitOfWork.execute(
        () -> {
          boolean stored = stock.putIf("A", 2, (current, next) -> current == 1);
          boolean refused = stock.putIf("A", 9, (current, next) -> current == 1);
          assertThat(stored).isTrue();
          assertThat(refused).isFalse();
          return Outcome.rejected(RejectionCode.CONFLICT, "stale");
        });

    // then
    assertThat(stock.get("A")).contains(1);
  }

  @Test
  void anExceptionUndoesTheChangesAndPropagates() {
    // given
    stock.put("A", 1);

    // when // then
    assertThatThrownBy(
            () ->
                unitOfWork.execute(
                    () -> {
                      stock.put("A", 2);
                      journal.add("half done");
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");
    assertThat(stock.get("A")).contains(1);
    assertThat(journal.toList()).isEmpty();
    assertThat(unitOfWork.active()).isFalse();
  }

  @Test
  void aRejectedNestedUnitUndoesOnlyTheInnerPart() {
    // given
    stock.put("A", 1);

    // when
    Outcome<String> outer =
        unitOfWork.execute(
            () -> {
              stock.put("A", 2);
              journal.add("outer");
              Outcome<Void> inner =
                  unitOfWork.execute(
                      () -> {
                        stock.put("A", 3);
                        stock.put("B", 7);
                        journal.add("inner");
                        return Outcome.rejected(RejectionCode.INVALID_STATE, "inner no");
                      });
              assertThat(inner.isRejected()).isTrue();
              assertThat(stock.get("A")).contains(2);
              journal.add("after inner");
              return Outcome.accepted("outer kept");
            });

    // then
    assertThat(outer.value()).isEqualTo("outer kept");
    assertThat(stockNow()).isEqualTo(Map.of("A", 2));
    assertThat(journal.toList()).containsExactly("outer", "after inner");
  }

  @Test
  void aRejectedOuterUnitUndoesTheAcceptedInnerPartToo() {
    // given
    stock.put("A", 1);

    // when
    unitOfWork.execute(
        () -> {
          stock.put("A", 2);
          unitOfWork.execute(
              () -> {
                stock.put("B", 7);
                journal.add("inner");
                return Outcome.done();
              });
          return Outcome.rejected(RejectionCode.INVALID_STATE, "outer no");
        });

    // then
    assertThat(stockNow()).isEqualTo(Map.of("A", 1));
    assertThat(journal.toList()).isEmpty();
  }

  @Test
  void changesOutsideAUnitOfWorkAreFinal() {
    // given
    assertThat(unitOfWork.active()).isFalse();

    // when
    stock.put("A", 1);
    journal.add("direct");
    unitOfWork.execute(() -> Outcome.rejected(RejectionCode.INVALID_STATE, "nothing of mine to undo"));

    // then
    assertThat(stock.get("A")).contains(1);
    assertThat(journal.toList()).containsExactly("direct");
  }

  @Test
  void processedEventMarksAreUndoneWithTheUnitThatMadeThem() {
    // given
    InMemoryProcessedEvents inbox = new InMemoryProcessedEvents(unitOfWork);
    EventId event = EventId.of("E1");

    // when
    Outcome<Boolean> rolledBack =
        unitOfWork.execute(
            () -> {
              assertThat(inbox.markProcessed("accounting", event)).isTrue();
              return Outcome.rejected(RejectionCode.PERIOD_CLOSED, "closed");
            });
    Outcome<Boolean> redelivered = unitOfWork.execute(() -> Outcome.accepted(inbox.markProcessed("accounting", event)));
    Outcome<Boolean> again = unitOfWork.execute(() -> Outcome.accepted(inbox.markProcessed("accounting", event)));

    // then
    assertThat(rolledBack.isRejected()).isTrue();
    assertThat(redelivered.value()).isTrue();
    assertThat(again.value()).isFalse();
    assertThat(inbox.markProcessed("inventory", event)).isTrue();
  }
}
