package io.bizloop.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class MinimiserTest {

  private static final Predicate<List<Integer>> HAS_BOTH_3_AND_7 = list -> list.contains(3) && list.contains(7);

  @Test
  void minimisesAListFailingIffItHoldsBoth3And7ToExactlyThem() {
    // given
    List<Integer> failing = List.of(1, 3, 2, 7, 3, 9, 7, 4);

    // when
    List<Integer> minimal = Minimiser.minimise(failing, HAS_BOTH_3_AND_7);

    // then
    assertThat(minimal).containsExactly(3, 7);
  }

  @Test
  void keepsTheOrderOfTheCommands() {
    // given
    List<Integer> failing = List.of(0, 7, 1, 7, 3, 0);

    // when
    List<Integer> minimal = Minimiser.minimise(failing, HAS_BOTH_3_AND_7);

    // then
    assertThat(minimal).containsExactly(7, 3);
  }

  @Test
  void minimisesAnOrderDependentFailure() {
    // given: fails when an "open" is followed later by a "close" after a "ship"
    Predicate<List<String>> shipsBeforeClose =
        list -> {
          int ship = list.indexOf("ship");
          int close = list.lastIndexOf("close");
          return list.indexOf("open") >= 0 && list.indexOf("open") < ship && ship < close;
        };
    List<String> failing = List.of("close", "open", "note", "ship", "note", "open", "close", "ship");

    // when
    List<String> minimal = Minimiser.minimise(failing, shipsBeforeClose);

    // then
    assertThat(minimal).containsExactly("open", "ship", "close");
  }

  @Test
  void repeatsUntilNoSingleDropKeepsItFailing() {
    // given: the 8 can be dropped only once the 9 after it is gone, so a second pass is needed
    Predicate<List<Integer>> fails = list -> list.contains(5) && (list.contains(8) || !list.contains(9));
    List<Integer> failing = List.of(8, 9, 5);

    // when
    List<Integer> minimal = Minimiser.minimise(failing, fails);

    // then
    assertThat(minimal).containsExactly(5);
  }

  @Test
  void theResultIsOneMinimal() {
    // given
    Predicate<List<Integer>> sumAtLeast10 = list -> list.stream().mapToInt(Integer::intValue).sum() >= 10;
    List<Integer> failing = new ArrayList<>(List.of(4, 1, 1, 3, 6, 2, 2, 5, 1));
    Collections.reverse(failing);

    // when
    List<Integer> minimal = Minimiser.minimise(failing, sumAtLeast10);

    // then
    assertThat(sumAtLeast10.test(minimal)).isTrue();
    for (int i = 0; i < minimal.size(); i++) {
      List<Integer> shorter = new ArrayList<>(minimal);
      shorter.remove(i);
      assertThat(sumAtLeast10.test(shorter)).as("still fails without element %d of %s", i, minimal).isFalse();
    }
  }

  @Test
  void canMinimiseToTheEmptyList() {
    // given
    List<Integer> failing = List.of(1, 2, 3);

    // when
    List<Integer> minimal = Minimiser.minimise(failing, list -> true);

    // then
    assertThat(minimal).isEmpty();
  }

  @Test
  void refusesAListThatDoesNotFail() {
    // given
    List<Integer> passing = List.of(3, 4);

    // when // then
    assertThatThrownBy(() -> Minimiser.minimise(passing, HAS_BOTH_3_AND_7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not fail");
  }
}
