package io.bizloop.core.memory;

import java.util.Objects;

/**
 * A map from keys to {@code long}s in one open-addressed table: no node, no box per key, so an
 * index that grows with the year (an event id per posting, an order per sale) costs the garbage
 * collector three array slots per key instead of three objects (the key's hash is kept beside it,
 * so neither a probe nor a growth reads a key that does not match). A key is never removed; a store
 * that undoes an insert puts back the value it had ({@link #absent()} when it had none).
 *
 * <p>Not thread-safe: the store that owns it guards it (in memory, with its unit of work's lock).
 *
 * @param <K> the key, with {@code equals} and {@code hashCode}
 */
public final class KeyIndex<K> {

  private final long absent;
  private Object[] keys = new Object[16];
  private long[] values = new long[16];
  private int[] hashes = new int[16];
  /** Slots in use (keys put, whatever their value). */
  private int used;

  /**
   * An empty index.
   *
   * @param absent what {@link #get} answers for a key never put
   */
  public KeyIndex(long absent) {
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
  public long get(K key) {
    int h = hash(key);
    Object[] ks = keys;
    int[] hs = hashes;
    int mask = ks.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      Object k = ks[i];
      if (k == null) {
        return absent;
      }
      if (hs[i] == h && k.equals(key)) {
        return values[i];
      }
    }
  }

  /**
   * Puts {@code value} under {@code key}.
   *
   * @param key the key
   * @param value its value
   * @return the value it replaced, or {@link #absent()}
   */
  public long put(K key, long value) {
    Objects.requireNonNull(key, "key");
    int h = hash(key);
    Object[] ks = keys;
    int[] hs = hashes;
    int mask = ks.length - 1;
    int i = h & mask;
    for (Object k; (k = ks[i]) != null; i = (i + 1) & mask) {
      if (hs[i] == h && k.equals(key)) {
        long old = values[i];
        values[i] = value;
        return old;
      }
    }
    ks[i] = key;
    hs[i] = h;
    values[i] = value;
    if (++used * 2 > ks.length) {
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

  private void grow() {
    Object[] oldKeys = keys;
    long[] oldValues = values;
    int[] oldHashes = hashes;
    if (oldKeys.length >= 1 << 30) {
      throw new IllegalStateException("an index holds at most " + (1 << 29) + " keys");
    }
    Object[] ks = new Object[oldKeys.length * 2];
    long[] vs = new long[ks.length];
    int[] hs = new int[ks.length];
    int mask = ks.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      Object k = oldKeys[j];
      if (k != null) {
        int h = oldHashes[j];
        int i = h & mask;
        while (ks[i] != null) {
          i = (i + 1) & mask;
        }
        ks[i] = k;
        hs[i] = h;
        vs[i] = oldValues[j];
      }
    }
    keys = ks;
    values = vs;
    hashes = hs;
  }

  /** The key's hash spread over the low bits (Fibonacci hashing, then the high half folded in). */
  private static int hash(Object key) {
    int h = key.hashCode() * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  @Override
  public String toString() {
    return "KeyIndex[" + used + " keys in " + keys.length + " slots]";
  }
}
