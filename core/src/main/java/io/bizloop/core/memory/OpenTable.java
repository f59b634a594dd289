package io.bizloop.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The storage of a {@link TxMap}: a hash table with open addressing (linear probing, deletion by
 * shifting back, at most half full) that keeps keys, values and key hashes in three arrays. A
 * {@link java.util.HashMap} keeps an entry object per key, which every young collection copies
 * while the map grows with the year (a sales order, an allocation); here an entry costs no object
 * of its own, and growing copies three arrays instead of rehashing entry objects.
 *
 * <p>Not thread-safe: {@link TxMap} guards it with its unit of work's lock. Keys and values are
 * never null. Iteration order is the order of the slots: not defined.
 *
 * @param <K> key
 * @param <V> value
 */
final class OpenTable<K, V> {

  private static final int FIRST_CAPACITY = 16;
  private static final int MOST_CAPACITY = 1 << 30;

  private Object[] keys = new Object[FIRST_CAPACITY];
  private Object[] values = new Object[FIRST_CAPACITY];
  private int[] hashes = new int[FIRST_CAPACITY];
  private int size;

  /** The value stored under {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(Object key) {
    int i = find(key, hash(key));
    return i < 0 ? null : (V) values[i];
  }

  /** Stores {@code value} under {@code key}; the value it replaced, or null. */
  @SuppressWarnings("unchecked")
  V put(K key, V value) {
    Objects.requireNonNull(value, "value");
    int h = hash(key);
    Object[] ks = keys;
    int mask = ks.length - 1;
    int i = h & mask;
    for (Object k; (k = ks[i]) != null; i = (i + 1) & mask) {
      if (hashes[i] == h && (k == key || k.equals(key))) {
        V old = (V) values[i];
        values[i] = value;
        return old;
      }
    }
    if ((size + 1) * 2 > ks.length) {
      grow();
      return put(key, value);
    }
    ks[i] = key;
    values[i] = value;
    hashes[i] = h;
    size++;
    return null;
  }

  /** Removes what is stored under {@code key}; the value removed, or null. */
  @SuppressWarnings("unchecked")
  V remove(Object key) {
    int i = find(key, hash(key));
    if (i < 0) {
      return null;
    }
    V old = (V) values[i];
    shiftBack(i);
    size--;
    return old;
  }

  /** How many keys hold a value. */
  int size() {
    return size;
  }

  /** The keys, in slot order. */
  @SuppressWarnings("unchecked")
  List<K> keys() {
    List<K> list = new ArrayList<>(size);
    for (Object k : keys) {
      if (k != null) {
        list.add((K) k);
      }
    }
    return list;
  }

  /** The values, in slot order. */
  @SuppressWarnings("unchecked")
  List<V> values() {
    List<V> list = new ArrayList<>(size);
    for (Object v : values) {
      if (v != null) {
        list.add((V) v);
      }
    }
    return list;
  }

  /** The slot of {@code key}, or −1. */
  private int find(Object key, int h) {
    Object[] ks = keys;
    int mask = ks.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      Object k = ks[i];
      if (k == null) {
        return -1;
      }
      if (hashes[i] == h && (k == key || k.equals(key))) {
        return i;
      }
    }
  }

  /**
   * Empties slot {@code gap}, moving back each later entry of the run whose home slot lies at or
   * before the gap (cyclically), so that every key stays reachable from its home without markers.
   */
  private void shiftBack(int gap) {
    Object[] ks = keys;
    int mask = ks.length - 1;
    for (int i = (gap + 1) & mask; ks[i] != null; i = (i + 1) & mask) {
      int home = hashes[i] & mask;
      // the entry at i may move to the gap when its home is not within (gap, i]
      if (((i - home) & mask) >= ((i - gap) & mask)) {
        ks[gap] = ks[i];
        values[gap] = values[i];
        hashes[gap] = hashes[i];
        gap = i;
      }
    }
    ks[gap] = null;
    values[gap] = null;
    hashes[gap] = 0;
  }

  private void grow() {
    Object[] oldKeys = keys;
    Object[] oldValues = values;
    int[] oldHashes = hashes;
    if (oldKeys.length >= MOST_CAPACITY) {
      throw new IllegalStateException("a map in memory holds at most " + (MOST_CAPACITY / 2) + " keys");
    }
    Object[] ks = new Object[oldKeys.length * 2];
    Object[] vs = new Object[ks.length];
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
        vs[i] = oldValues[j];
        hs[i] = h;
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
}
