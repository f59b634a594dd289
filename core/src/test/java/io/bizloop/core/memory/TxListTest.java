package io.bizloop.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TxListTest {

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final TxList<Integer> list = new TxList<>(unitOfWork);

  private static Outcome<Void> rejected() {
    return Outcome.rejected(RejectionCode.INVALID_STATE, "rolled back on purpose");
  }

  @Test
  void elementsAcrossManyChunksAreKeptInOrder() {
    // given: more than three chunks, appended outside and inside units
    int n = 3 * TxList.CHUNK + 17;
    for (int i = 0; i < n / 2; i++) {
      list.add(i);
    }
    unitOfWork.execute(
        () -> {
          for (int i = n / 2; i < n; i++) {
            list.add(i);
          }
          return Outcome.done();
        });

    // when
    List<Integer> copy = list.toList();

    // then
    assertThat(list.size()).isEqualTo(n);
    assertThat(copy).hasSize(n);
    for (int i = 0; i < n; i++) {
      assertThat(copy.get(i)).isEqualTo(i);
      assertThat(list.get(i)).isEqualTo(i);
    }
    assertThatThrownBy(() -> copy.add(1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aRolledBackUnitRemovesItsAppendsAcrossAChunkBoundaryAndUndoesItsReplacements() {
    // given: the list ends two short of a chunk boundary
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < TxList.CHUNK - 2; i++) {
      list.add(i);
      expected.add(i);
    }

    // when: appends past the boundary and a replacement, then a rejection
    Outcome<Void> outcome =
        unitOfWork.execute(
            () -> {
              list.set(0, -1);
              for (int i = 0; i < 5; i++) {
                list.add(1000 + i);
              }
              list.set(TxList.CHUNK, -2);
              return rejected();
            });

    // then: as before; the next append lands where the first undone one was
    assertThat(outcome.isRejected()).isTrue();
    assertThat(list.toList()).isEqualTo(expected);
    list.add(7);
    assertThat(list.size()).isEqualTo(TxList.CHUNK - 1);
    assertThat(list.get(TxList.CHUNK - 2)).isEqualTo(7);
  }

  @Test
  void anIndexOutsideTheListIsRefusedEvenWhereAChunkHasRoom() {
    // given
    list.add(1);

    // then
    assertThatThrownBy(() -> list.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.set(1, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.add(null)).isInstanceOf(NullPointerException.class);
    assertThat(list.toList()).containsExactly(1);
  }
}
