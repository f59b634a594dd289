package io.bizloop.accounting.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowTextsTest {

  @Test
  void givesBackWhatItPackedOfEveryKind() {
    RowTexts texts = new RowTexts();
    long plain = texts.put("SO-1/S1", "cost of shipment SO-1/S1 for order SO-1");
    long nulls = texts.put(null, null);
    long empties = texts.put("", "");
    long defaulted = texts.put(RowTexts.DEFAULT, "opening capital");
    long latin1 = texts.put("R-1", "reçu n° 1 ÿ");
    long longest = texts.put("x".repeat(RowTexts.LONGEST), "y".repeat(RowTexts.LONGEST));
    assertThat(texts.first(plain)).isEqualTo("SO-1/S1");
    assertThat(texts.second(plain)).isEqualTo("cost of shipment SO-1/S1 for order SO-1");
    assertThat(texts.first(nulls)).isNull();
    assertThat(texts.second(nulls)).isNull();
    assertThat(texts.first(empties)).isEmpty();
    assertThat(texts.second(empties)).isEmpty();
    assertThat(texts.first(defaulted)).isSameAs(RowTexts.DEFAULT);
    assertThat(texts.second(defaulted)).isEqualTo("opening capital");
    assertThat(texts.second(latin1)).isEqualTo("reçu n° 1 ÿ");
    assertThat(texts.first(longest)).isEqualTo("x".repeat(RowTexts.LONGEST));
    assertThat(texts.second(longest)).isEqualTo("y".repeat(RowTexts.LONGEST));
  }

  @Test
  void leavesTextsPastLatin1OrTooLongToTheCaller() {
    RowTexts texts = new RowTexts();
    assertThat(texts.put("SO-1", "备注")).isEqualTo(RowTexts.NOT_PACKED);
    assertThat(texts.put("€", null)).isEqualTo(RowTexts.NOT_PACKED);
    assertThat(texts.put("SO-1", "x".repeat(RowTexts.LONGEST + 1))).isEqualTo(RowTexts.NOT_PACKED);
    long next = texts.put("a", "b");
    assertThat(texts.first(next)).isEqualTo("a");
  }

  @Test
  void keepsEveryTextWholeAcrossChunksAndTakesBackTheNewestOnes() {
    RowTexts texts = new RowTexts();
    List<Long> handles = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) { // 1 200 × ~4 kB: past eighteen 256 kB chunks, texts never split
      handles.add(texts.put("S-" + i, i + ":" + "m".repeat(3_900 + i % 90)));
    }
    for (int i = 0; i < handles.size(); i++) {
      assertThat(texts.first(handles.get(i))).isEqualTo("S-" + i);
      assertThat(texts.second(handles.get(i))).isEqualTo(i + ":" + "m".repeat(3_900 + i % 90));
    }
    texts.dropFrom(handles.get(1_000)); // rows 1 000 onwards rolled back, newest first
    long again = texts.put("T", "again");
    assertThat(again >>> 24).isEqualTo(handles.get(1_000) >>> 24);
    assertThat(texts.second(again)).isEqualTo("again");
    assertThat(texts.second(handles.get(999))).isEqualTo(999 + ":" + "m".repeat(3_900 + 999 % 90));
    texts.dropFrom(RowTexts.NOT_PACKED);
    assertThat(texts.second(again)).isEqualTo("again");
  }
}
