package io.bizloop.core.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The storage of a {@link TxMap}: a hash table with open addressing (linear probing, deletion by
 * shifting back, at most half full) that keeps each key beside its value in one array and the
 * keys' hashes in another. A probe reads the hashes only (a 0 marks a free slot; no key hashes to
 * 0), and reads a key only when its hash matches, so a miss touches one small array. A
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
  private static final int MOST_CAPACITY = 1 << 29;

  /** Slot i holds its key at 2i (null: empty) and its value at 2i + 1: a hit reads one cache line. */
  private Object[] entries = new Object[2 * FIRST_CAPACITY];
  private int[] hashes = new int[FIRST_CAPACITY];
  private int size;

  /** The value stored under {@code key}, or null. */
  @SuppressWarnings("unchecked")
  V get(Object key) {
    int i = find(key, hash(key));
    return i < 0 ? null : (V) entries[2 * i + 1];
  }

  /** Stores {@code value} under {@code key}; the value it replaced, or null. */
  @SuppressWarnings("unchecked")
  V put(K key, V value) {
    Objects.requireNonNull(value, "value");
    int h = hash(key);
    int i = find(key, h);
    if (i >= 0) {
      V old = (V) entries[2 * i + 1];
      entries[2 * i + 1] = value;
      return old;
    }
    if ((size + 1) * 2 > hashes.length) {
      grow();
      i = find(key, h); // the free slot in the grown table
    }
    i = ~i;
    entries[2 * i] = key;
    entries[2 * i + 1] = value;
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
    V old = (V) entries[2 * i + 1];
    shiftBack(i);
    size--;
    return old;
  }

  /** How many keys hold a value. */
  int size() {
    return size;
  }

  /** The keys, in slot order. */
  List<K> keys() {
    return inSlotOrder(0);
  }

  /** The values, in slot order. */
  List<V> values() {
    return inSlotOrder(1);
  }

  /** The keys (0) or the values (1) of the filled slots, in slot order. */
  @SuppressWarnings("unchecked")
  private <T> List<T> inSlotOrder(int part) {
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < entries.length; i += 2) {
      if (entries[i] != null) {
        list.add((T) entries[i + part]);
      }
    }
    return list;
  }

  /** The slot of {@code key}; when it is absent, {@code ~slot} of the free slot where it would go (negative). */
  private int find(Object key, int h) {
    int[] hs = hashes;
    int mask = hs.length - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int x = hs[i];
      if (x == 0) {
        return ~i;
      }
      if (x == h) {
        Object k = entries[2 * i];
        if (k == key || k.equals(key)) {
          return i;
        }
      }
    }
  }

  /**
   * Empties slot {@code gap}, moving back each later entry of the run whose home slot lies at or
   * before the gap (cyclically), so that every key stays reachable from its home without markers.
   */
  private void shiftBack(int gap) {
    Object[] es = entries;
    int mask = hashes.length - 1;
    for (int i = (gap + 1) & mask; hashes[i] != 0; i = (i + 1) & mask) {
      int home = hashes[i] & mask;
      // the entry at i may move to the gap when its home is not within (gap, i]
      if (((i - home) & mask) >= ((i - gap) & mask)) {
        es[2 * gap] = es[2 * i];
        es[2 * gap + 1] = es[2 * i + 1];
        hashes[gap] = hashes[i];
        gap = i;
      }
    }
    es[2 * gap] = null;
    es[2 * gap + 1] = null;
    hashes[gap] = 0;
  }

  private void grow() {
    Object[] old = entries;
    int[] oldHashes = hashes;
    if (oldHashes.length >= MOST_CAPACITY) {
      throw new IllegalStateException("a map in memory holds at most " + (MOST_CAPACITY / 2) + " keys");
    }
    Object[] es = new Object[old.length * 2];
    int[] hs = new int[oldHashes.length * 2];
    int mask = hs.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      int h = oldHashes[j];
      if (h != 0) {
        int i = h & mask;
        while (hs[i] != 0) {
          i = (i + 1) & mask;
        }
        es[2 * i] = old[2 * j];
        es[2 * i + 1] = old[2 * j + 1];
        hs[i] = h;
      }
    }
    entries = es;
    hashes = hs;
  }

  /** The key's spread hash, never 0: a 0 in {@link #hashes} marks a free slot. */
  private static int hash(Object key) {
    int h = spread(key.hashCode());
    return h == 0 ? 1 : h;
  }

  /** A hash spread over the low bits, which pick a slot (Fibonacci hashing, then the high half folded in); also {@link TextKeyIndex}'s. */
  static int spread(int hashCode) {
    int h = hashCode * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
