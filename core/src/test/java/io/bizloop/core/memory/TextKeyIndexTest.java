package io.bizloop.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextKeyIndexTest {

  @Test
  void answersAsAMapWouldForLatin1WideAndCollidingKeysThroughPutsAddsAndBits() {
    TextKeyIndex index = new TextKeyIndex(-7);
    Map<String, Long> model = new HashMap<>();
    Random random = new Random(42);
    // "Aa" and "BB" have the same String hash; digit runs take the numbered keys' hash (SO-007 vs SO-7, runs past 9 digits)
    String[] alphabets = {"ab", "aé", "a备", "Aa", "BB", "S0-/7", "0123456789", "x1"};
    String[] lately = new String[8]; // the very strings of recent steps, asked again (the index remembers some)
    for (int step = 0; step < 200_000; step++) {
      String alphabet = alphabets[random.nextInt(alphabets.length)];
      StringBuilder key = new StringBuilder(step % 997 == 0 ? "x".repeat(3_000) : "");
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        key.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String k = key.toString();
      if (step > 8 && random.nextBoolean()) {
        k = lately[random.nextInt(lately.length)];
      }
      lately[step % lately.length] = k;
      long before = model.getOrDefault(k, -7L);
      switch (random.nextInt(4)) {
        case 0 -> {
          long value = random.nextLong();
          assertThat(index.put(k, value)).isEqualTo(before);
          model.put(k, value);
        }
        case 1 -> {
          long delta = random.nextInt(5) - 2;
          long reference = index.addTo(k, delta);
          assertThat(index.text(reference)).isEqualTo(k);
          model.put(k, before + delta);
        }
        case 2 -> {
          long bits = 1L << random.nextInt(64);
          assertThat(index.setBits(k, bits)).isEqualTo(before);
          model.put(k, before | bits);
        }
        default -> assertThat(index.get(k)).isEqualTo(before);
      }
    }
    assertThat(index.size()).isEqualTo(model.size());
    model.forEach((k, v) -> assertThat(index.get(k)).isEqualTo(v));
    assertThat(index.get("never put")).isEqualTo(-7L);
    assertThat(index.get("AaAa")).isEqualTo(model.getOrDefault("AaAa", -7L));
  }

  @Test
  void keysNumberedInSequenceSitInNeighbouringSlotsAndStayApart() {
    TextKeyIndex index = new TextKeyIndex(0);
    for (int n = 1; n <= 100_000; n++) {
      index.put("order-confirmed:SO-" + n, n);
      index.put("goods-shipped:SO-" + n + "/S1", -n); // the order's number, not the last digit, places it
    }
    for (int n = 1; n <= 100_000; n++) {
      assertThat(index.get("order-confirmed:SO-" + n)).isEqualTo(n);
      assertThat(index.get("goods-shipped:SO-" + n + "/S1")).isEqualTo(-n);
    }
    assertThat(index.get("order-confirmed:SO-0001")).isZero(); // same number, other text
    // the placement itself: the next number of a kind is the next slot of a block, a new block elsewhere
    assertThat(TextKeyIndex.hash("PAY-1041") + 1).isEqualTo(TextKeyIndex.hash("PAY-1042"));
    assertThat(TextKeyIndex.hash("PAY-1042") >>> 4).isNotEqualTo(TextKeyIndex.hash("INV-1042") >>> 4);
    assertThat(TextKeyIndex.hash("PAY-007")).isNotEqualTo(TextKeyIndex.hash("PAY-07"));
    assertThat(TextKeyIndex.hash("A12B")).isNotEqualTo(TextKeyIndex.hash("AB12"));
  }

  @Test
  void aReferenceGivesItsKeyBackThroughEveryGrowthAndPutsNothingButAbsent() {
    TextKeyIndex index = new TextKeyIndex(-1);
    Map<String, Long> references = new HashMap<>();
    for (int i = 0; i < 5_000; i++) { // grows the table many times, some growths inside reference()
      String key = (i % 3 == 0 ? "事件-" : "ship:SO-") + i;
      references.put(key, index.reference(key));
      assertThat(index.reference(key)).isEqualTo(references.get(key));
    }
    references.forEach((key, reference) -> {
      assertThat(reference).isNotZero();
      assertThat(index.text(reference)).isEqualTo(key);
      assertThat(index.get(key)).isEqualTo(-1L);
    });
    assertThat(index.size()).isEqualTo(5_000);
  }

  @Test
  void keepsAKeyPutBackToAbsentAndRefusesKeysTooLong() {
    TextKeyIndex index = new TextKeyIndex(0);
    index.put("ship:SO-1/S1", 3);
    assertThat(index.put("ship:SO-1/S1", 0)).isEqualTo(3);
    assertThat(index.get("ship:SO-1/S1")).isZero();
    assertThat(index.size()).isEqualTo(1);
    index.put("x".repeat(TextKeyIndex.LONGEST), 1);
    assertThat(index.get("x".repeat(TextKeyIndex.LONGEST))).isEqualTo(1);
    assertThatThrownBy(() -> index.put("x".repeat(TextKeyIndex.LONGEST + 1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(index.size()).isEqualTo(2);
    assertThat(index.absent()).isZero();
    assertThatThrownBy(() -> index.put(null, 1)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void keepsEachColumnApartUnderOneKeyAndRefusesColumnsItHasNot() {
    // given
    TextKeyIndex index = new TextKeyIndex(0, 2);
    for (int i = 0; i < 1_000; i++) { // through several growths
      index.setBits("goods-shipped:SO-" + i, 0, 1L << (i % 3));
      index.addTo("goods-shipped:SO-" + i, 1, i);
    }

    // when
    long reference = index.addTo("goods-shipped:SO-7", 1, 1);

    // then
    assertThat(index.columns()).isEqualTo(2);
    assertThat(index.size()).isEqualTo(1_000);
    assertThat(index.get("goods-shipped:SO-7", 0)).isEqualTo(1L << 1);
    assertThat(index.get("goods-shipped:SO-7", 1)).isEqualTo(8);
    assertThat(index.get("goods-shipped:SO-7")).isEqualTo(1L << 1); // column 0
    assertThat(index.text(reference)).isEqualTo("goods-shipped:SO-7");
    assertThat(index.put("only-in-one", 1, 5)).isEqualTo(0);
    assertThat(index.get("only-in-one", 0)).isEqualTo(0);
    assertThatThrownBy(() -> index.get("goods-shipped:SO-7", 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> index.put("a new key", 2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> index.addTo("a new key", -1, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> index.setBits("a new key", 2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(index.size()).as("a refused column puts no key").isEqualTo(1_001);
    assertThatThrownBy(() -> new TextKeyIndex(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TextKeyIndex(0, TextKeyIndex.MOST_COLUMNS + 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
