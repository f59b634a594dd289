package io.bizloop.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {

  @Test
  void copiesASnapshotsListOnceAndThenHandsBackItsOwnCopy() {
    List<String> snapshot = List.of("a", "b");
    List<String> own = Lists.writable(snapshot);
    own.add("c");
    assertThat(snapshot).containsExactly("a", "b");
    assertThat(Lists.writable(own)).isSameAs(own).containsExactly("a", "b", "c");
  }
}
