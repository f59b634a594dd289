package io.bizloop.core.memory;

import java.util.Objects;

/**
 * A map from texts to {@code long}s that keeps no key object: each key's characters are copied
 * into {@link TextChunks} (one byte per character when all are Latin-1, else two), and the table
 * holds the key's position, length and hash beside its value. An index that grows with the year
 * (an event id per posting) then costs the garbage collector no object per key, and storing a key
 * stores no reference into an old table (no write barrier). A key is never removed; a store that
 * undoes an insert puts back the value it had ({@link #absent()} when it had none). A key's
 * {@link #reference} stays valid for good, so a store can keep it in place of the text.
 *
 * <p>Not thread-safe: the store that owns it guards it (in memory, with its unit of work's lock).
 */
public final class TextKeyIndex {

  /** The longest key, in characters. */
  public static final int LONGEST = (1 << 12) - 1;

  private static final int LENGTH_BITS = 12;
  private static final int WIDE = 1 << LENGTH_BITS;
  private static final int POSITION_SHIFT = LENGTH_BITS + 1;

  private final long absent;
  /** Per slot: 0 when empty, else 1 + (position << POSITION_SHIFT | wide | length). */
  private long[] refs = new long[16];
  private long[] values = new long[16];
  private int[] hashes = new int[16];
  private int used;

  private final TextChunks texts = new TextChunks();

  /**
   * An empty index.
   *
   * @param absent what {@link #get} answers for a key never put
   */
  public TextKeyIndex(long absent) {
    this.absent = absent;
  }

  /**
   * What {@link #get} answers for a key never put.
   *
   * @return the value of an absent key
   */
  public long absent() {
    return absent;
  }

  /**
   * The value put last under {@code key}.
   *
   * @param key the key
   * @return its value, or {@link #absent()} when it was never put
   */
  public long get(String key) {
    int h = hash(key);
    long[] rs = refs;
    int[] hs = hashes;
    int mask = rs.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      long ref = rs[i];
      if (ref == 0) {
        return absent;
      }
      if (hs[i] == h && sameText(ref - 1, key)) {
        return values[i];
      }
    }
  }

  /**
   * Puts {@code value} under {@code key}.
   *
   * @param key the key, at most {@link #LONGEST} characters
   * @param value its value
   * @return the value it replaced, or {@link #absent()}
   * @throws IllegalArgumentException when the key is longer than {@link #LONGEST}
   */
  public long put(String key, long value) {
    int i = slotOf(key);
    long old = values[i];
    values[i] = value;
    return old;
  }

  /**
   * The reference of {@code key}: put with {@link #absent()} when it was never put. It never
   * changes and is never 0, so a store can keep it for the key's text ({@link #text}).
   *
   * @param key the key, at most {@link #LONGEST} characters
   * @return its reference
   * @throws IllegalArgumentException when the key is longer than {@link #LONGEST}
   */
  public long reference(String key) {
    int slot = slotOf(key); // first: it may grow the table
    return refs[slot];
  }

  /**
   * The key of a {@link #reference}.
   *
   * @param reference a reference this index gave
   * @return the key's text
   */
  public String text(long reference) {
    long ref = reference - 1;
    return texts.read(ref >>> POSITION_SHIFT, (int) ref & (WIDE - 1), (ref & WIDE) != 0);
  }

  /** The slot of {@code key}, put with {@link #absent()} first when it was never put. */
  private int slotOf(String key) {
    Objects.requireNonNull(key, "key");
    if (key.length() > LONGEST) {
      throw new IllegalArgumentException("a key of a text index has at most " + LONGEST + " characters");
    }
    int h = hash(key);
    long[] rs = refs;
    int mask = rs.length - 1;
    int i = h & mask;
    for (long ref; (ref = rs[i]) != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && sameText(ref - 1, key)) {
        return i;
      }
    }
    rs[i] = 1 + store(key);
    hashes[i] = h;
    values[i] = absent;
    if (++used * 2 > rs.length) {
      grow();
      return slotOf(key); // found again in the grown table
    }
    return i;
  }

  /**
   * How many keys were ever put (a key put back to {@link #absent()} still counts).
   *
   * @return the number of keys
   */
  public int size() {
    return used;
  }

  /** Copies the key into the chunks; its reference (position, wide flag, length). */
  private long store(String key) {
    boolean wide = !TextChunks.isLatin1(key);
    long at = texts.reserve(wide ? 2 * key.length() : key.length());
    texts.write(at, key, wide);
    return at << POSITION_SHIFT | (wide ? WIDE : 0) | key.length();
  }

  private boolean sameText(long ref, String key) {
    return ((int) ref & (WIDE - 1)) == key.length() && texts.matches(ref >>> POSITION_SHIFT, key, (ref & WIDE) != 0);
  }

  private void grow() {
    long[] oldRefs = refs;
    long[] oldValues = values;
    int[] oldHashes = hashes;
    if (oldRefs.length >= 1 << 30) {
      throw new IllegalStateException("a text index holds at most " + (1 << 29) + " keys");
    }
    long[] rs = new long[oldRefs.length * 2];
    long[] vs = new long[rs.length];
    int[] hs = new int[rs.length];
    int mask = rs.length - 1;
    for (int j = 0; j < oldRefs.length; j++) {
      long ref = oldRefs[j];
      if (ref != 0) {
        int h = oldHashes[j];
        int i = h & mask;
        while (rs[i] != 0) {
          i = (i + 1) & mask;
        }
        rs[i] = ref;
        hs[i] = h;
        vs[i] = oldValues[j];
      }
    }
    refs = rs;
    values = vs;
    hashes = hs;
  }

  /** The key's hash spread over the low bits (Fibonacci hashing, then the high half folded in). */
  private static int hash(String key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "TextKeyIndex[" + used + " keys in " + refs.length + " slots]";
  }
}
