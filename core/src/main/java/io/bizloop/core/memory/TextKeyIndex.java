package io.bizloop.core.memory;

import java.util.Arrays;
import java.util.Objects;

/**
 * A map from texts to {@code long}s that keeps no key object: each key's characters are copied
 * into large byte chunks (one byte per character when all are Latin-1, else two), and the table
 * holds the key's position, length and hash beside its value. An index that grows with the year
 * (an event id per posting) then costs the garbage collector no object per key, and storing a key
 * stores no reference into an old table (no write barrier). A key is never removed; a store that
 * undoes an insert puts back the value it had ({@link #absent()} when it had none).
 *
 * <p>Not thread-safe: the store that owns it guards it (in memory, with its unit of work's lock).
 */
public final class TextKeyIndex {

  /** The longest key, in characters. */
  public static final int LONGEST = (1 << 12) - 1;

  private static final int LENGTH_BITS = 12;
  private static final int WIDE = 1 << LENGTH_BITS;
  private static final int POSITION_SHIFT = LENGTH_BITS + 1;
  /** 256 kB chunks: an ordinary young object under G1 (below half of its smallest region). */
  private static final int CHUNK_SHIFT = 18;
  private static final int CHUNK = 1 << CHUNK_SHIFT;

  private final long absent;
  /** Per slot: 0 when empty, else 1 + (position << POSITION_SHIFT | wide | length). */
  private long[] refs = new long[16];
  private long[] values = new long[16];
  private int[] hashes = new int[16];
  private int used;

  private byte[][] chunks = new byte[0][];
  private long end;

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
    Objects.requireNonNull(key, "key");
    if (key.length() > LONGEST) {
      throw new IllegalArgumentException("a key of a text index has at most " + LONGEST + " characters");
    }
    int h = hash(key);
    long[] rs = refs;
    int[] hs = hashes;
    int mask = rs.length - 1;
    int i = h & mask;
    for (long ref; (ref = rs[i]) != 0; i = (i + 1) & mask) {
      if (hs[i] == h && sameText(ref - 1, key)) {
        long old = values[i];
        values[i] = value;
        return old;
      }
    }
    rs[i] = 1 + store(key);
    hs[i] = h;
    values[i] = value;
    if (++used * 2 > rs.length) {
      grow();
    }
    return absent;
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
    int length = key.length();
    boolean wide = false;
    for (int i = 0; i < length && !wide; i++) {
      wide = key.charAt(i) > 0xFF;
    }
    int bytes = wide ? 2 * length : length;
    long at = end;
    if ((at & (CHUNK - 1)) + bytes > CHUNK) { // a key never straddles two chunks
      at = ((at >>> CHUNK_SHIFT) + 1) << CHUNK_SHIFT;
    }
    int chunk = (int) (at >>> CHUNK_SHIFT);
    if (chunk >= chunks.length) {
      chunks = Arrays.copyOf(chunks, Math.max(4, chunks.length * 2));
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new byte[CHUNK];
    }
    byte[] into = chunks[chunk];
    int offset = (int) (at & (CHUNK - 1));
    for (int i = 0; i < length; i++) {
      char c = key.charAt(i);
      if (wide) {
        into[offset + 2 * i] = (byte) (c >>> 8);
        into[offset + 2 * i + 1] = (byte) c;
      } else {
        into[offset + i] = (byte) c;
      }
    }
    end = at + bytes;
    return at << POSITION_SHIFT | (wide ? WIDE : 0) | length;
  }

  private boolean sameText(long ref, String key) {
    int length = (int) ref & (WIDE - 1);
    if (length != key.length()) {
      return false;
    }
    long at = ref >>> POSITION_SHIFT;
    byte[] from = chunks[(int) (at >>> CHUNK_SHIFT)];
    int offset = (int) (at & (CHUNK - 1));
    if ((ref & WIDE) != 0) {
      for (int i = 0; i < length; i++) {
        if ((char) ((from[offset + 2 * i] & 0xFF) << 8 | from[offset + 2 * i + 1] & 0xFF) != key.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    for (int i = 0; i < length; i++) {
      if ((from[offset + i] & 0xFF) != key.charAt(i)) {
        return false;
      }
    }
    return true;
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
