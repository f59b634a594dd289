package io.bizloop.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

  @Test
  void anKeyIndexAnswersAsAHashMapWouldThroughGrowthAndPutBacks() {
    KeyIndex<String> index = new KeyIndex<>(-1);
    Map<String, Long> model = new HashMap<>();
    Random random = new Random(7);
    for (int i = 0; i < 50_000; i++) {
      String key = "k" + random.nextInt(20_000);
      long value = random.nextInt(5) - 1L; // -1 puts the absent value back
      assertThat(index.put(key, value)).isEqualTo(model.getOrDefault(key, -1L));
      model.put(key, value);
    }
    for (int k = 0; k < 21_000; k++) {
      assertThat(index.get("k" + k)).as("k" + k).isEqualTo(model.getOrDefault("k" + k, -1L));
    }
    assertThat(index.size()).isEqualTo(model.size());
    assertThat(index.absent()).isEqualTo(-1L);
    assertThatThrownBy(() -> index.put(null, 1)).isInstanceOf(NullPointerException.class);
  }
}
