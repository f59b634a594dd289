package io.bizloop.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
  void workGivenApartFromItsInputKeepsOrUndoesAsWorkGivenWhole() {
    // given
    stock.put("A", 1);
    java.util.function.Function<Integer, Outcome<Integer>> setA =
        value -> {
          stock.put("A", value);
          journal.add("A=" + value);
          return value < 0 ? Outcome.rejected(RejectionCode.INVALID_INPUT, "negative") : Outcome.accepted(value);
        };

    // when
    Outcome<Integer> kept = unitOfWork.execute(setA, 5);
    Outcome<Integer> undone = unitOfWork.execute(setA, -1);
    Outcome<Integer> throughThePortsDefault = io.bizloop.core.port.UnitOfWork.direct().execute(v -> Outcome.accepted(v + 1), 41);

    // then
    assertThat(kept.value()).isEqualTo(5);
    assertThat(undone.isRejected()).isTrue();
    assertThat(stock.get("A")).contains(5);
    assertThat(journal.toList()).containsExactly("A=5");
    assertThat(unitOfWork.active()).isFalse();
    assertThat(throughThePortsDefault.value()).isEqualTo(42);
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
  @Test
  void aNestedUnitThatThrowsUndoesOnlyItsOwnChangesWhenTheOuterUnitCatchesIt() {
    // given
    stock.put("A", 1);

    // when
    Outcome<String> outer =
        unitOfWork.execute(
            () -> {
              stock.put("A", 2);
              journal.add("outer");
              try {
                unitOfWork.execute(
                    () -> {
                      stock.put("A", 3);
                      stock.put("B", 4);
                      journal.add("inner");
                      throw new IllegalArgumentException("inner boom");
                    });
              } catch (IllegalArgumentException expected) {
                journal.add("caught");
              }
              assertThat(unitOfWork.active()).isTrue();
              return Outcome.accepted("outer kept");
            });

    // then
    assertThat(outer.value()).isEqualTo("outer kept");
    assertThat(stockNow()).isEqualTo(Map.of("A", 2));
    assertThat(journal.toList()).containsExactly("outer", "caught");
    assertThat(unitOfWork.active()).isFalse();
  }

  @Test
  void twoRejectedSavepointsInARowEachUndoOnlyTheirOwnChanges() {
    // given
    stock.put("A", 1);

    // when
    unitOfWork.execute(
        () -> {
          stock.put("A", 2);
          unitOfWork.execute(
              () -> {
                stock.put("A", 3);
                return Outcome.rejected(RejectionCode.INVALID_STATE, "first inner no");
              });
          stock.put("B", 5);
          unitOfWork.execute(
              () -> {
                stock.put("B", 6);
                journal.add("second inner");
                unitOfWork.execute(
                    () -> {
                      stock.put("A", 9);
                      return Outcome.done();
                    });
                return Outcome.rejected(RejectionCode.INVALID_STATE, "second inner no");
              });
          journal.add("outer");
          return Outcome.done();
        });

    // then
    assertThat(stockNow()).isEqualTo(Map.of("A", 2, "B", 5));
    assertThat(journal.toList()).containsExactly("outer");
  }

  @Test
  void aRolledBackUnitOfMoreThanFiveThousandWritesRestoresEveryValue() {
    // given
    TxMap<Integer, String> big = new TxMap<>(unitOfWork);
    for (int i = 0; i < 1_000; i++) {
      big.put(i, "before " + i);
    }
    journal.add("opening");

    // when
    Outcome<Void> outcome =
        unitOfWork.execute(
            () -> {
              for (int round = 0; round < 3; round++) {
                for (int i = 0; i < 3_000; i++) {
                  big.put(i, "round " + round + " of " + i);
                }
              }
              for (int i = 0; i < 500; i++) {
                big.remove(i);
                journal.add("write " + i);
              }
              assertThat(big.size()).isEqualTo(2_500);
              return Outcome.rejected(RejectionCode.INVALID_STATE, "too much");
            });

    // then: 9,500 undo entries ran, newest first
    assertThat(outcome.isRejected()).isTrue();
    assertThat(big.size()).isEqualTo(1_000);
    for (int i = 0; i < 1_000; i++) {
      assertThat(big.getOrNull(i)).isEqualTo("before " + i);
    }
    assertThat(big.containsKey(1_000)).isFalse();
    assertThat(journal.toList()).containsExactly("opening");
    assertThat(unitOfWork.active()).isFalse();
  }

  @Test
  void aBigAcceptedUnitIsKeptAndTheUnitsAfterItStillRollBack() {
    // given
    TxMap<Integer, Integer> big = new TxMap<>(unitOfWork);

    // when: a unit big enough to grow the undo log, kept
    unitOfWork.execute(
        () -> {
          for (int i = 0; i < 6_000; i++) {
            big.put(i, i);
          }
          return Outcome.done();
        });
    // and a small unit after it, rejected
    unitOfWork.execute(
        () -> {
          big.put(0, -1);
          big.remove(1);
          big.put(6_000, 6_000);
          return Outcome.rejected(RejectionCode.INVALID_STATE, "no");
        });

    // then
    assertThat(big.size()).isEqualTo(6_000);
    assertThat(big.getOrNull(0)).isZero();
    assertThat(big.getOrNull(1)).isEqualTo(1);
    assertThat(big.getOrNull(5_999)).isEqualTo(5_999);
    assertThat(big.containsKey(6_000)).isFalse();
  }

  @Test
  void aRejectedSavepointWhoseWritesGrowTheUndoLogUndoesOnlyItsOwnWrites() {
    // given
    TxMap<Integer, Integer> big = new TxMap<>(unitOfWork);

    // when: 3,000 outer writes, then 6,000 inner ones rejected, then the outer unit accepted
    unitOfWork.execute(
        () -> {
          for (int i = 0; i < 3_000; i++) {
            big.put(i, i);
          }
          Outcome<Void> inner =
              unitOfWork.execute(
                  () -> {
                    for (int i = 0; i < 6_000; i++) {
                      big.put(i, -i - 1);
                    }
                    return Outcome.rejected(RejectionCode.INVALID_STATE, "inner no");
                  });
          assertThat(inner.isRejected()).isTrue();
          big.put(3_000, 3_000);
          return Outcome.done();
        });

    // then
    assertThat(big.size()).isEqualTo(3_001);
    for (int i = 0; i <= 3_000; i++) {
      assertThat(big.getOrNull(i)).isEqualTo(i);
    }
  }

  @Test
  void noUnitIsActiveAfterAcceptedRejectedOrFailedWork() {
    // given
    List<Boolean> seenInside = new ArrayList<>();

    // when
    unitOfWork.execute(
        () -> {
          seenInside.add(unitOfWork.active());
          return Outcome.done();
        });
    boolean afterAccepted = unitOfWork.active();
    unitOfWork.execute(
        () -> {
          unitOfWork.execute(
              () -> {
                seenInside.add(unitOfWork.active());
                return Outcome.rejected(RejectionCode.INVALID_STATE, "inner no");
              });
          seenInside.add(unitOfWork.active());
          return Outcome.rejected(RejectionCode.INVALID_STATE, "no");
        });
    boolean afterRejected = unitOfWork.active();
    try {
      unitOfWork.execute(
          () -> {
            throw new IllegalStateException("boom");
          });
    } catch (IllegalStateException expected) {
      // the failure itself is not under test here
    }
    boolean afterFailed = unitOfWork.active();

    // then
    assertThat(seenInside).containsExactly(true, true, true);
    assertThat(afterAccepted).isFalse();
    assertThat(afterRejected).isFalse();
    assertThat(afterFailed).isFalse();
  }

  @Test
  void aChangeAfterTheUnitEndedIsFinalAndNotUndoneByTheNextRejectedUnit() {
    // given: a unit that ended
    unitOfWork.execute(
        () -> {
          stock.put("A", 1);
          return Outcome.done();
        });

    // when: a change outside any unit, then a rejected unit
    stock.put("B", 2);
    unitOfWork.execute(
        () -> {
          stock.put("A", 3);
          return Outcome.rejected(RejectionCode.INVALID_STATE, "no");
        });

    // then
    assertThat(stockNow()).isEqualTo(Map.of("A", 1, "B", 2));
  }

  @Test
  void aUnitCannotStartInsideARead() {
    // when // then
    assertThatThrownBy(() -> unitOfWork.read(() -> unitOfWork.execute(Outcome::done)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(unitOfWork.active()).isFalse();
  }

  @Test
  @Timeout(20)
  void aUnitStartedOnAnotherThreadWaitsUntilTheRunningUnitEnds() throws Exception {
    // given: a unit running on one thread, held open
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch releaseFirst = new CountDownLatch(1);
    AtomicReference<Thread> secondThread = new AtomicReference<>();
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    stock.put("A", 0);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Outcome<Void>> first =
          threads.submit(
              () ->
                  unitOfWork.execute(
                      () -> {
                        events.add("first starts");
                        stock.put("A", 1);
                        firstStarted.countDown();
                        awaitOrFail(releaseFirst);
                        stock.put("A", 2);
                        events.add("first ends");
                        return Outcome.done();
                      }));
      assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
      assertThat(unitOfWork.active()).as("active on a thread that runs no unit").isFalse();

      // when: a second thread starts a unit meanwhile
      Future<Integer> second =
          threads.submit(
              () -> {
                secondThread.set(Thread.currentThread());
                return unitOfWork
                    .execute(
                        () -> {
                          events.add("second starts");
                          return Outcome.accepted(stock.getOrNull("A"));
                        })
                    .value();
              });
      awaitBlocked(secondThread, events, "second starts");
      List<String> whileFirstRuns = List.copyOf(events);
      releaseFirst.countDown();

      // then: the second ran only after the first ended, and saw its result
      assertThat(first.get(5, TimeUnit.SECONDS).isAccepted()).isTrue();
      assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo(2);
      assertThat(whileFirstRuns).containsExactly("first starts");
      assertThat(events).containsExactly("first starts", "first ends", "second starts");
    } finally {
      releaseFirst.countDown();
      threads.shutdownNow();
    }
  }

  @Test
  @Timeout(20)
  void aReaderOnAnotherThreadWaitsAndSeesOnlyTheStateAfterTheUnitEnded() throws Exception {
    // given: a unit holding an uncommitted write, held open
    stock.put("A", 1);
    CountDownLatch written = new CountDownLatch(1);
    CountDownLatch releaseWriter = new CountDownLatch(1);
    AtomicReference<Thread> readerThread = new AtomicReference<>();
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<Outcome<Void>> writer =
          threads.submit(
              () ->
                  unitOfWork.execute(
                      () -> {
                        stock.put("A", 99);
                        written.countDown();
                        awaitOrFail(releaseWriter);
                        return Outcome.rejected(RejectionCode.INVALID_STATE, "changed my mind");
                      }));
      assertThat(written.await(5, TimeUnit.SECONDS)).isTrue();

      // when: another thread reads meanwhile
      Future<Integer> reader =
          threads.submit(
              () -> {
                readerThread.set(Thread.currentThread());
                Integer seen = stock.getOrNull("A");
                events.add("read " + seen);
                return seen;
              });
      awaitBlocked(readerThread, events, "read 99");
      releaseWriter.countDown();

      // then: the reader never saw the rolled-back 99
      assertThat(writer.get(5, TimeUnit.SECONDS).isRejected()).isTrue();
      assertThat(reader.get(5, TimeUnit.SECONDS)).isEqualTo(1);
    } finally {
      releaseWriter.countDown();
      threads.shutdownNow();
    }
  }

  private static void awaitOrFail(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("not released in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /**
   * Waits until {@code thread} is parked (on the unit of work's lock), failing as soon as
   * {@code events} shows it got past the point it must not reach.
   */
  private static void awaitBlocked(AtomicReference<Thread> thread, List<String> events, String mustNotHappen)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      assertThat(events).as("it ran while the unit held the lock").doesNotContain(mustNotHappen);
      Thread t = thread.get();
      if (t != null && (t.getState() == Thread.State.WAITING || t.getState() == Thread.State.TIMED_WAITING)) {
        return;
      }
      Thread.sleep(1);
    }
    assertThat(events).as("it ran while the unit held the lock").doesNotContain(mustNotHappen);
    throw new AssertionError("the other thread neither blocked nor ran in 5 s");
  }
}
