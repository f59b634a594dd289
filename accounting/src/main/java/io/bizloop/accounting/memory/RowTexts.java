package io.bizloop.accounting.memory;

import io.bizloop.core.memory.TextChunks;

/**
 * The two texts of each journal row (its source and its memo) packed one after the other into
 * {@link TextChunks}, one byte per character: a posted entry's texts cost the garbage collector no
 * object of their own (where two strings and their two byte arrays were four objects that every
 * young collection copied as the year grew). A row keeps a handle: the position of its texts and
 * their lengths. Texts with a character past Latin-1 or longer than {@link #LONGEST} do not pack;
 * the caller keeps those as strings.
 *
 * <p>Appended in row order and taken back newest first ({@link #dropFrom}). Not thread-safe: the
 * journal that owns it guards it.
 */
final class RowTexts {

  /** A handle for texts that did not pack. */
  static final long NOT_PACKED = -1;

  /** The longest text that packs, in characters. */
  static final int LONGEST = 4093;

  private static final int LENGTH_BITS = 12;
  private static final int LENGTH_MASK = (1 << LENGTH_BITS) - 1;
  /** The length that stands for a null text. */
  private static final int NULL = LENGTH_MASK;
  /** The length that stands for the first text being {@link #DEFAULT}. */
  private static final int DEFAULT_MARK = LENGTH_MASK - 1;
  private static final int POSITION_SHIFT = 2 * LENGTH_BITS;
  /** The last position a handle can hold without its sign bit (which would read as {@link #NOT_PACKED}). */
  private static final long LAST_POSITION = (1L << (63 - POSITION_SHIFT)) - 1;

  /**
   * A first text the caller rebuilds itself (the journal's {@code JE-<number>}): packed as a mark,
   * given back as this same object.
   */
  static final String DEFAULT = new String("<default>");

  private final TextChunks chunks = new TextChunks();

  /**
   * Packs two texts.
   *
   * @param first the first text, {@link #DEFAULT} or null
   * @param second the second text or null
   * @return their handle, or {@link #NOT_PACKED}
   */
  long put(String first, String second) {
    int a = first == DEFAULT ? DEFAULT_MARK : lengthOf(first);
    int b = lengthOf(second);
    if (a < 0 || b < 0) {
      return NOT_PACKED;
    }
    long at = chunks.reserve((a >= DEFAULT_MARK ? 0 : a) + (b == NULL ? 0 : b));
    if (at > LAST_POSITION) {
      chunks.dropFrom(at); // a handle keeps 39 bits of position (512 GB of texts): past that, strings
      return NOT_PACKED;
    }
    long next = a < DEFAULT_MARK ? chunks.write(at, first, false) : at;
    if (b != NULL) {
      chunks.write(next, second, false);
    }
    return at << POSITION_SHIFT | (long) a << LENGTH_BITS | b;
  }

  /**
   * The first text of a handle.
   *
   * @param handle a handle from {@link #put}, not {@link #NOT_PACKED}
   * @return the text, {@link #DEFAULT} or null
   */
  String first(long handle) {
    int a = (int) (handle >>> LENGTH_BITS) & LENGTH_MASK;
    if (a == NULL) {
      return null;
    }
    if (a == DEFAULT_MARK) {
      return DEFAULT;
    }
    return chunks.read(handle >>> POSITION_SHIFT, a, false);
  }

  /**
   * The second text of a handle.
   *
   * @param handle a handle from {@link #put}, not {@link #NOT_PACKED}
   * @return the text or null
   */
  String second(long handle) {
    int b = (int) handle & LENGTH_MASK;
    if (b == NULL) {
      return null;
    }
    int a = (int) (handle >>> LENGTH_BITS) & LENGTH_MASK;
    return chunks.read((handle >>> POSITION_SHIFT) + (a >= DEFAULT_MARK ? 0 : a), b, false);
  }

  /**
   * Takes back the texts of {@code handle} and everything packed after them (the newest row's,
   * when its save is rolled back).
   *
   * @param handle a handle from {@link #put}; {@link #NOT_PACKED} changes nothing
   */
  void dropFrom(long handle) {
    if (handle != NOT_PACKED) {
      chunks.dropFrom(handle >>> POSITION_SHIFT);
    }
  }

  /** The packed length of {@code text}: {@link #NULL} for null, -1 when it does not pack. */
  private static int lengthOf(String text) {
    if (text == null) {
      return NULL;
    }
    return text.length() > LONGEST || !TextChunks.isLatin1(text) ? -1 : text.length();
  }
}
