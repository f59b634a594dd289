package io.bizloop.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class TxCountersTest {

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final TxCounters counters = new TxCounters(unitOfWork);

  @Test
  void eachCounterCountsFromOneAndARolledBackUnitGivesItsNumbersBackInsideSavepointsToo() {
    // given
    assertThat(counters.next("journal")).isEqualTo(1);
    assertThat(counters.next("receipt")).isEqualTo(1);

    // when: an outer unit keeps its numbers, a savepoint inside it is rolled back
    List<Long> seen = new ArrayList<>();
    Outcome<Void> outer =
        unitOfWork.execute(
            () -> {
              seen.add(counters.next("journal"));
              unitOfWork.execute(
                  () -> {
                    seen.add(counters.next("journal"));
                    seen.add(counters.next("receipt"));
                    return Outcome.rejected(RejectionCode.CONFLICT, "rolled back on purpose");
                  });
              seen.add(counters.next("journal"));
              return Outcome.done();
            });
    Outcome<Void> refused =
        unitOfWork.execute(
            () -> {
              counters.next("journal");
              counters.next("journal");
              return Outcome.rejected(RejectionCode.CONFLICT, "rolled back on purpose");
            });

    // then: the savepoint's numbers came back, the refused unit's too
    assertThat(outer.isAccepted()).isTrue();
    assertThat(refused.isRejected()).isTrue();
    assertThat(seen).containsExactly(2L, 3L, 2L, 3L);
    assertThat(counters.next("journal")).isEqualTo(4);
    assertThat(counters.next("receipt")).isEqualTo(2);
    assertThatThrownBy(() -> counters.next(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void manyThreadsCountingInAndOutsideUnitsGetEveryNumberOnce() throws InterruptedException {
    ConcurrentLinkedQueue<Long> numbers = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      boolean inUnits = t % 2 == 0;
      threads.add(new Thread(() -> {
        for (int i = 0; i < 2_000; i++) {
          if (inUnits) {
            unitOfWork.execute(() -> {
              numbers.add(counters.next("journal"));
              return Outcome.done();
            });
          } else {
            numbers.add(counters.next("journal"));
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(numbers).hasSize(8_000).doesNotHaveDuplicates();
    assertThat(numbers.stream().mapToLong(Long::longValue).max().orElseThrow()).isEqualTo(8_000);
  }
}
