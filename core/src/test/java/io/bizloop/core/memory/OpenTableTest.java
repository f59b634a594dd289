package io.bizloop.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OpenTableTest {

  /** A key whose hash is chosen by the test: many keys share one, so runs of slots form and wrap. */
  private record Key(int id, int hash) {
    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Test
  void answersWhatAHashMapAnswersOverRandomPutsAndRemovesWithCollidingKeys() {
    for (long seed = 1; seed <= 40; seed++) {
      // given
      Random random = new Random(seed);
      OpenTable<Key, Integer> table = new OpenTable<>();
      Map<Key, Integer> expected = new HashMap<>();
      int hashes = 1 + random.nextInt(40); // few distinct hashes: long probe runs

      // when
      for (int step = 0; step < 5_000; step++) {
        Key key = new Key(random.nextInt(300), random.nextInt(hashes));
        if (random.nextInt(3) == 0) {
          assertThat(table.remove(key)).as("seed %d step %d remove", seed, step).isEqualTo(expected.remove(key));
        } else {
          Integer value = random.nextInt();
          assertThat(table.put(key, value)).as("seed %d step %d put", seed, step).isEqualTo(expected.put(key, value));
        }
        Key probe = new Key(random.nextInt(300), random.nextInt(hashes));
        assertThat(table.get(probe)).as("seed %d step %d get", seed, step).isEqualTo(expected.get(probe));
      }

      // then
      assertThat(table.size()).isEqualTo(expected.size());
      assertThat(table.keys()).containsExactlyInAnyOrderElementsOf(expected.keySet());
      assertThat(table.values()).containsExactlyInAnyOrderElementsOf(expected.values());
      for (Map.Entry<Key, Integer> e : expected.entrySet()) {
        assertThat(table.get(e.getKey())).isEqualTo(e.getValue());
      }
    }
  }

  @Test
  void growsPastManyKeysAndFindsEachAfterHalfAreRemoved() {
    // given
    OpenTable<String, Integer> table = new OpenTable<>();
    for (int i = 0; i < 100_000; i++) {
      assertThat(table.put("SO-" + i, i)).isNull();
    }

    // when
    for (int i = 0; i < 100_000; i += 2) {
      assertThat(table.remove("SO-" + i)).isEqualTo(i);
    }

    // then
    assertThat(table.size()).isEqualTo(50_000);
    for (int i = 0; i < 100_000; i++) {
      assertThat(table.get("SO-" + i)).isEqualTo(i % 2 == 0 ? null : i);
    }
    assertThat(table.remove("SO-0")).isNull();
  }
}
