package io.bizloop.core;

import java.util.ArrayList;
import java.util.List;

/** Lists an aggregate restored from its snapshot copies only when it first changes them. */
public final class Lists {

  private Lists() {}

  /**
   * {@code list} itself when it is a list of the caller's own (an {@link ArrayList} this method
   * made), else a modifiable copy of it: an aggregate keeps its snapshot's list (which the
   * snapshot made unmodifiable, never an {@code ArrayList}) until its first change, so a restore
   * that changes nothing copies nothing. Use as {@code items = Lists.writable(items)}.
   *
   * @param list the snapshot's unmodifiable list, or the caller's own copy
   * @param <T> the element type
   * @return a list the caller may change
   */
  public static <T> List<T> writable(List<T> list) {
    return list instanceof ArrayList<T> own ? own : new ArrayList<>(list);
  }
}
