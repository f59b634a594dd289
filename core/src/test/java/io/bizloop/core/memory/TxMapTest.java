package io.bizloop.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class TxMapTest {

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final TxMap<String, Integer> map = new TxMap<>(unitOfWork);

  private static Outcome<Void> rejected() {
    return Outcome.rejected(RejectionCode.INVALID_STATE, "rolled back on purpose");
  }

  @Test
  void getOrNullAnswersTheValueOrNullOutsideAUnit() {
    // given
    map.put("A", 1);

    // when
    Integer present = map.getOrNull("A");
    Integer absent = map.getOrNull("B");

    // then
    assertThat(present).isEqualTo(1);
    assertThat(absent).isNull();
    assertThat(map.get("A")).contains(1);
    assertThat(map.get("B")).isEmpty();
  }

  @Test
  void getOrNullInsideAUnitSeesTheUnitsOwnWritesAndRemoves() {
    // given
    map.put("A", 1);
    map.put("B", 2);

    // when
    unitOfWork.execute(
        () -> {
          map.put("A", 10);
          map.remove("B");
          map.put("C", 3);

          // then
          assertThat(map.getOrNull("A")).isEqualTo(10);
          assertThat(map.getOrNull("B")).isNull();
          assertThat(map.getOrNull("C")).isEqualTo(3);
          assertThat(map.keys()).containsExactlyInAnyOrder("A", "C");
          return Outcome.done();
        });
  }

  @Test
  void removeOutsideAUnitIsFinal() {
    // given
    map.put("A", 1);
    map.put("B", 2);

    // when
    map.remove("A");
    map.remove("nothing here");
    unitOfWork.execute(TxMapTest::rejected);

    // then
    assertThat(map.getOrNull("A")).isNull();
    assertThat(map.containsKey("A")).isFalse();
    assertThat(map.keys()).containsExactly("B");
    assertThat(map.size()).isEqualTo(1);
  }

  @Test
  void aRolledBackRemovePutsTheValueBack() {
    // given
    map.put("A", 1);
    map.put("B", 2);

    // when
    Outcome<Void> outcome =
        unitOfWork.execute(
            () -> {
              map.remove("A");
              map.remove("absent");
              return rejected();
            });

    // then
    assertThat(outcome.isRejected()).isTrue();
    assertThat(map.getOrNull("A")).isEqualTo(1);
    assertThat(map.containsKey("absent")).isFalse();
    assertThat(map.keys()).containsExactlyInAnyOrder("A", "B");
    assertThat(map.size()).isEqualTo(2);
  }

  @Test
  void anAcceptedRemoveIsKept() {
    // given
    map.put("A", 1);

    // when
    unitOfWork.execute(
        () -> {
          map.remove("A");
          return Outcome.done();
        });

    // then
    assertThat(map.getOrNull("A")).isNull();
    assertThat(map.keys()).isEmpty();
  }

  @Test
  void aRolledBackPutAfterARemoveRestoresTheOriginalValue() {
    // given
    map.put("A", 1);

    // when
    unitOfWork.execute(
        () -> {
          map.remove("A");
          map.put("A", 2);
          map.put("A", 3);
          return rejected();
        });

    // then
    assertThat(map.getOrNull("A")).isEqualTo(1);
    assertThat(map.keys()).containsExactly("A");
  }

  @Test
  void aRolledBackRemoveAfterAPutOfANewKeyLeavesItAbsent() {
    // given
    map.put("B", 2);

    // when
    unitOfWork.execute(
        () -> {
          map.put("A", 1);
          map.remove("A");
          map.put("A", 5);
          map.remove("A");
          return rejected();
        });

    // then
    assertThat(map.containsKey("A")).isFalse();
    assertThat(map.keys()).containsExactly("B");
  }

  @Test
  void removingTheSameKeyTwiceInARolledBackUnitRestoresItOnce() {
    // given
    map.put("A", 1);

    // when
    unitOfWork.execute(
        () -> {
          map.remove("A");
          map.remove("A");
          return rejected();
        });

    // then
    assertThat(map.getOrNull("A")).isEqualTo(1);
    assertThat(map.size()).isEqualTo(1);
  }

  @Test
  void aRemoveInARejectedSavepointIsUndoneWhileTheOuterRemoveIsKept() {
    // given
    map.put("A", 1);
    map.put("B", 2);

    // when
    unitOfWork.execute(
        () -> {
          map.remove("A");
          unitOfWork.execute(
              () -> {
                map.remove("B");
                map.put("A", 7);
                return rejected();
              });
          assertThat(map.getOrNull("A")).isNull();
          assertThat(map.getOrNull("B")).isEqualTo(2);
          return Outcome.done();
        });

    // then
    assertThat(map.keys()).containsExactly("B");
  }

  @Test
  void aRemoveInAUnitThatThrowsIsUndone() {
    // given
    map.put("A", 1);

    // when
    assertThatThrownBy(
            () ->
                unitOfWork.execute(
                    () -> {
                      map.remove("A");
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class);

    // then
    assertThat(map.getOrNull("A")).isEqualTo(1);
  }

  @Test
  void keysIsACopyOfTheKeysAfterTheUnitsThatEnded() {
    // given
    map.put("A", 1);
    map.put("B", 2);
    List<String> before = map.keys();

    // when
    unitOfWork.execute(
        () -> {
          map.put("C", 3);
          return Outcome.done();
        });
    unitOfWork.execute(
        () -> {
          map.put("D", 4);
          map.remove("A");
          return rejected();
        });

    // then
    assertThat(before).containsExactlyInAnyOrder("A", "B");
    assertThat(map.keys()).containsExactlyInAnyOrder("A", "B", "C");
    assertThatThrownBy(() -> map.keys().add("E")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void changesGrowWithEveryWriteRemovalAndUndoneWriteAndOnlyThen() {
    // given
    long start = map.changes();

    // when: writes outside a unit, a refused conditional write, a removal of nothing
    map.put("A", 1);
    map.putIf("B", 2, (current, next) -> current == null);
    map.putIf("B", 3, (current, next) -> current == null); // refused: no change
    map.remove("none");
    map.getOrNull("A");
    long afterWrites = map.changes();
    // and: a unit that writes, removes and is rolled back
    unitOfWork.execute(() -> {
      map.put("A", 10);
      map.remove("B");
      return rejected();
    });
    long afterRollback = map.changes();

    // then
    assertThat(afterWrites).isEqualTo(start + 2);
    assertThat(afterRollback).isEqualTo(afterWrites + 4); // two changes, two undone
    assertThat(map.getOrNull("A")).isEqualTo(1);
    assertThat(map.getOrNull("B")).isEqualTo(2);
  }

  @Test
  void putNextVersionStoresOnlyTheVersionAfterTheStoredOne() {
    // given: values whose version is the integer itself
    TxMap<String, Integer> versioned = new TxMap<>(unitOfWork);

    // when / then: 1 on nothing, 2 on 1; a second 2 (stale), 3 on nothing and 1 on 2 are refused
    assertThat(versioned.putNextVersion("A", 1, v -> v)).isTrue();
    assertThat(versioned.putNextVersion("A", 2, v -> v)).isTrue();
    assertThat(versioned.putNextVersion("A", 2, v -> v)).isFalse();
    assertThat(versioned.putNextVersion("A", 1, v -> v)).isFalse();
    assertThat(versioned.putNextVersion("B", 3, v -> v)).isFalse();
    assertThat(versioned.getOrNull("A")).isEqualTo(2);
    assertThat(versioned.getOrNull("B")).isNull();
    assertThat(versioned.keys()).containsExactly("A");
    assertThat(versioned.changes()).isEqualTo(2);
  }

  @Test
  void replaceStoresOnlyOverTheVeryValueReadAndARollbackPutsItBack() {
    // given: a value read (the same instance a store would compare with)
    Integer one = 1000;
    map.put("A", one);
    Integer equalButNotTheSame = Integer.valueOf(1000);

    // when / then: over another instance (even an equal one), over nothing where something is and
    // over something where nothing is, refused: nothing stored, nothing counted
    long before = map.changes();
    assertThat(map.replace("A", equalButNotTheSame, 5)).isFalse();
    assertThat(map.replace("A", null, 5)).isFalse();
    assertThat(map.replace("B", one, 5)).isFalse();
    assertThat(map.getOrNull("A")).isSameAs(one);
    assertThat(map.getOrNull("B")).isNull();
    assertThat(map.keys()).containsExactly("A");
    long changes = map.changes();
    assertThat(changes).isEqualTo(before);
    Outcome<Void> undone =
        unitOfWork.execute(
            () -> {
              assertThat(map.replace("A", one, 2000)).isTrue();
              assertThat(map.replace("B", null, 7)).isTrue();
              return rejected();
            });

    // then: both undone, counted as changes, and the stored instance is the very one read before
    assertThat(undone.isRejected()).isTrue();
    assertThat(map.getOrNull("A")).isSameAs(one);
    assertThat(map.getOrNull("B")).isNull();
    assertThat(map.changes()).isEqualTo(changes + 4);
    assertThat(map.replace("A", one, 3)).isTrue();
    assertThat(map.getOrNull("A")).isEqualTo(3);
  }

  @Test
  void aRolledBackUnitUndoesEveryKindOfChangeNewestFirst() {
    // given
    map.put("A", 1);
    map.put("B", 2);

    // when: many changes of one key and others, more than the undo log's first size
    unitOfWork.execute(
        () -> {
          for (int i = 0; i < 500; i++) {
            map.put("A", i);
            map.replace("B", map.getOrNull("B"), i);
            map.putNextVersion("V", i + 1, v -> v);
            map.putIf("C" + i, i, (current, next) -> current == null);
          }
          map.remove("A");
          return rejected();
        });

    // then
    assertThat(map.keys()).containsExactlyInAnyOrder("A", "B");
    assertThat(map.getOrNull("A")).isEqualTo(1);
    assertThat(map.getOrNull("B")).isEqualTo(2);
  }
}
