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
  /** Longs per slot: the reference, the hash, one per column. */
  private final int stride;
  /**
   * The slots side by side, so that a probe reads one cache line, not one per array (the tables of
   * a year are far bigger than the caches): the key's reference (0 when the slot is empty, else 1 +
   * (position << POSITION_SHIFT | wide | length)), the key's hash, then the value of each column.
   */
  private long[] table;
  private int used;

  private static final int HASH = 1;
  private static final int VALUE = 2;
  /** The most value columns an index keeps per key. */
  public static final int MOST_COLUMNS = 8;

  private final TextChunks texts = new TextChunks();

  /**
   * The keys looked up last, as the very strings passed, beside their slots: a store asks for the
   * same key several times in a row (an event's consumers mark it, then the journal counts its
   * entries; an order's postings link to it), and the same string is the same text, so such a
   * lookup needs neither the probe nor the comparison of the characters. Slots never move but when
   * the table grows, which forgets them; a key is never removed, so a remembered slot stays its.
   * Only the lookups that may put a key (a writer's, alone) remember; {@link #get} only reads.
   */
  private final String[] recentKeys = new String[RECENT];
  private final int[] recentSlots = new int[RECENT];
  private int nextRecent;

  private static final int RECENT = 4;

  /**
   * An empty index.
   *
   * @param absent what {@link #get} answers for a key never put
   */
  public TextKeyIndex(long absent) {
    this(absent, 1);
  }

  /**
   * An empty index that keeps {@code columns} values per key: stores that track the same keys
   * (the inbox's consumers of an event and the journal's entries of it, say) share one key, one
   * copy of its text and one lookup's cache line, each in a column of its own.
   *
   * @param absent what {@link #get} answers in every column for a key never put there
   * @param columns values per key, 1 to {@link #MOST_COLUMNS}
   * @throws IllegalArgumentException when {@code columns} is out of that range
   */
  public TextKeyIndex(long absent, int columns) {
    if (columns < 1 || columns > MOST_COLUMNS) {
      throw new IllegalArgumentException("a text index keeps 1 to " + MOST_COLUMNS + " columns, not " + columns);
    }
    this.absent = absent;
    this.stride = VALUE + columns;
    this.table = new long[16 * stride];
  }

  /**
   * How many values it keeps per key.
   *
   * @return the columns
   */
  public int columns() {
    return stride - VALUE;
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
    return get(key, 0);
  }

  /**
   * The value put last under {@code key} in {@code column}.
   *
   * @param key the key
   * @param column the column, from 0
   * @return its value, or {@link #absent()} when it was never put
   */
  public long get(String key, int column) {
    int value = VALUE + checked(column);
    int recent = recent(Objects.requireNonNull(key, "key"));
    if (recent >= 0) {
      return table[recent + value];
    }
    int h = hash(key);
    long[] t = table;
    int stride = this.stride;
    int mask = t.length / stride - 1;
    for (int i = h & mask; ; i = (i + 1) & mask) {
      int at = i * stride;
      long ref = t[at];
      if (ref == 0) {
        return absent;
      }
      if ((int) t[at + HASH] == h && sameText(ref - 1, key)) {
        return t[at + value]; // not remembered: readers may run side by side, only a writer remembers
      }
    }
  }

  /**
   * Checks that {@code column} is one of this index's and that a key never put reads 0 there: what
   * a store that counts or flags per key in a shared index needs (the inbox, the journal).
   *
   * @param column the store's column
   * @return the column
   * @throws IllegalArgumentException when the absent value is not 0 or there is no such column
   */
  public int countingColumn(int column) {
    if (absent != 0 || column < 0 || column >= columns()) {
      throw new IllegalArgumentException("a store needs a column of a text index whose absent value is 0, not column " + column + " of " + this);
    }
    return column;
  }

  /** Where {@code key}'s value in {@code column} is in the table, the key put first when it was never put (a bad column puts no key). */
  private int valueOf(String key, int column) {
    int offset = VALUE + checked(column);
    return slotOf(key) + offset;
  }

  private int checked(int column) {
    if (column < 0 || column >= stride - VALUE) {
      throw new IndexOutOfBoundsException("column " + column + " of a text index with " + (stride - VALUE));
    }
    return column;
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
    return put(key, 0, value);
  }

  /**
   * Puts {@code value} under {@code key} in {@code column}.
   *
   * @param key the key, at most {@link #LONGEST} characters
   * @param column the column, from 0
   * @param value its value
   * @return the value it replaced, or {@link #absent()}
   * @throws IllegalArgumentException when the key is longer than {@link #LONGEST}
   */
  public long put(String key, int column, long value) {
    int at = valueOf(key, column);
    long old = table[at];
    table[at] = value;
    return old;
  }

  /**
   * Adds {@code delta} to the value under {@code key} (a key never put counts as {@link
   * #absent()}) in one lookup, and answers the key's {@link #reference}: a count kept per key.
   *
   * @param key the key, at most {@link #LONGEST} characters
   * @param delta what to add
   * @return the key's reference
   * @throws IllegalArgumentException when the key is longer than {@link #LONGEST}
   */
  public long addTo(String key, long delta) {
    return addTo(key, 0, delta);
  }

  /**
   * Adds {@code delta} to the value under {@code key} in {@code column}, as {@link #addTo(String,
   * long)}.
   *
   * @param key the key, at most {@link #LONGEST} characters
   * @param column the column, from 0
   * @param delta what to add
   * @return the key's reference
   * @throws IllegalArgumentException when the key is longer than {@link #LONGEST}
   */
  public long addTo(String key, int column, long delta) {
    int at = valueOf(key, column);
    table[at] += delta;
    return table[at - VALUE - column]; // the reference at the slot's start
  }

  /**
   * Sets {@code bits} in the value under {@code key} (a key never put counts as {@link
   * #absent()}) in one lookup: a set of flags kept per key.
   *
   * @param key the key, at most {@link #LONGEST} characters
   * @param bits the bits to set
   * @return the value before
   * @throws IllegalArgumentException when the key is longer than {@link #LONGEST}
   */
  public long setBits(String key, long bits) {
    return setBits(key, 0, bits);
  }

  /**
   * Sets {@code bits} in the value under {@code key} in {@code column}, as {@link
   * #setBits(String, long)}.
   *
   * @param key the key, at most {@link #LONGEST} characters
   * @param column the column, from 0
   * @param bits the bits to set
   * @return the value before
   * @throws IllegalArgumentException when the key is longer than {@link #LONGEST}
   */
  public long setBits(String key, int column, long bits) {
    int at = valueOf(key, column);
    long old = table[at];
    table[at] = old | bits;
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
    int at = slotOf(key); // first: finding the slot may grow the table
    return table[at];
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

  /** Where the slot of {@code key} starts in the table, put with {@link #absent()} first when it was never put. */
  private int slotOf(String key) {
    Objects.requireNonNull(key, "key");
    if (key.length() > LONGEST) {
      throw new IllegalArgumentException("a key of a text index has at most " + LONGEST + " characters");
    }
    int recent = recent(key);
    if (recent >= 0) {
      return recent;
    }
    int h = hash(key);
    long[] t = table;
    int stride = this.stride;
    int mask = t.length / stride - 1;
    int i = h & mask;
    int at = i * stride;
    for (long ref; (ref = t[at]) != 0; i = (i + 1) & mask, at = i * stride) {
      if ((int) t[at + HASH] == h && sameText(ref - 1, key)) {
        remember(key, at);
        return at;
      }
    }
    t[at] = 1 + store(key);
    t[at + HASH] = h;
    for (int v = at + VALUE; v < at + stride; v++) {
      t[v] = absent;
    }
    if (++used * 2 > mask + 1) {
      grow();
      return slotOf(key); // found again in the grown table
    }
    remember(key, at);
    return at;
  }

  /** Where the slot of {@code key} (this very string) starts, when it was looked up lately; else -1. */
  private int recent(String key) {
    String[] keys = recentKeys;
    for (int r = 0; r < RECENT; r++) {
      if (keys[r] == key) {
        return recentSlots[r];
      }
    }
    return -1;
  }

  private void remember(String key, int at) {
    int r = nextRecent;
    recentKeys[r] = key;
    recentSlots[r] = at;
    nextRecent = (r + 1) & (RECENT - 1);
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
    long[] old = table;
    int stride = this.stride;
    int slots = old.length / stride;
    if ((long) slots * 2 * stride > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("a text index holds at most " + slots / 2 + " keys of " + (stride - VALUE) + " columns");
    }
    long[] t = new long[old.length * 2];
    int mask = slots * 2 - 1;
    for (int from = 0; from < old.length; from += stride) {
      if (old[from] != 0) {
        int i = (int) old[from + HASH] & mask;
        while (t[i * stride] != 0) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, from, t, i * stride, stride);
      }
    }
    table = t;
    java.util.Arrays.fill(recentKeys, null); // their slots moved
  }

  /** Keys whose numbers run in sequence share a run of this many slots (2^BLOCK_BITS). */
  private static final int BLOCK_BITS = 4;

  /**
   * The key's hash, which keeps numbered keys near each other: books number their documents in
   * sequence (SO-1041, SO-1042, PAY-77, PAY-78), and a year's table is far bigger than the caches,
   * so a key put in a random slot costs a cache miss (and a page walk). The last run of two to nine
   * digits is taken as a number; the rest of the text picks a random block of 2^{@link
   * #BLOCK_BITS} slots per 2^BLOCK_BITS numbers, and the number's low bits the slot in it: the
   * next document of a kind lands in the slot after the last one's. A key with no such run is
   * hashed as a whole. Any hash answers right (a slot's text is compared); this one only decides
   * where keys sit.
   */
  static int hash(String key) {
    int end = key.length();
    int i = end - 1;
    int runEnd = -1;
    int runStart = -1;
    while (i >= 0) { // the last run of at least two digits
      while (i >= 0 && !isDigit(key.charAt(i))) {
        i--;
      }
      int last = i;
      while (i >= 0 && isDigit(key.charAt(i))) {
        i--;
      }
      if (last - i >= 2) {
        runEnd = last + 1;
        runStart = i + 1;
        break;
      }
    }
    if (runStart < 0 || runEnd - runStart > 9) {
      return OpenTable.spread(key.hashCode());
    }
    int rest = runStart << 4 | runEnd - runStart; // where the run is and how long ("A12B" vs "AB12", "SO-07" vs "SO-007")
    int number = 0;
    for (int c = 0; c < end; c++) {
      char ch = key.charAt(c);
      if (c >= runStart && c < runEnd) {
        number = number * 10 + (ch - '0');
      } else {
        rest = 31 * rest + ch;
      }
    }
    int block = OpenTable.spread(rest ^ (number >>> BLOCK_BITS) * 0x27D4EB2F);
    return block << BLOCK_BITS | number & ((1 << BLOCK_BITS) - 1);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public String toString() {
    return "TextKeyIndex[" + used + " keys in " + table.length / stride + " slots]";
  }
}
