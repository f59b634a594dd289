package io.bizloop.accounting.memory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The two texts of each journal row (its source and its memo) packed one after the other into
 * large byte chunks, one byte per character: a posted entry's texts cost the garbage collector no
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
   * 256 kB chunks: below half of G1's smallest region (1 MB), so a chunk is an ordinary young
   * object, not a humongous one that would take two whole regions for a little over one.
   */
  private static final int CHUNK_SHIFT = 18;
  private static final int CHUNK = 1 << CHUNK_SHIFT;

  /**
   * A first text the caller rebuilds itself (the journal's {@code JE-<number>}): packed as a mark,
   * given back as this same object.
   */
  static final String DEFAULT = new String("<default>");

  private byte[][] chunks = new byte[0][];
  /** The next free position: chunk {@code end >>> CHUNK_SHIFT}, offset {@code end & (CHUNK - 1)}. */
  private long end;

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
    int bytes = (a >= DEFAULT_MARK ? 0 : a) + (b == NULL ? 0 : b);
    long at = end;
    int offset = (int) (at & (CHUNK - 1));
    if (offset + bytes > CHUNK) { // texts never straddle two chunks: start the next one
      at = ((at >>> CHUNK_SHIFT) + 1) << CHUNK_SHIFT;
      offset = 0;
    }
    if (at > LAST_POSITION) {
      return NOT_PACKED; // a handle keeps 39 bits of position (512 GB of texts): past that, strings
    }
    int chunk = (int) (at >>> CHUNK_SHIFT);
    if (bytes > 0) {
      if (chunk >= chunks.length) {
        chunks = Arrays.copyOf(chunks, Math.max(4, chunks.length * 2));
      }
      if (chunks[chunk] == null) {
        chunks[chunk] = new byte[CHUNK];
      }
      byte[] into = chunks[chunk];
      if (a < DEFAULT_MARK) {
        offset = copy(first, into, offset);
      }
      if (b != NULL) {
        copy(second, into, offset);
      }
    }
    end = at + bytes;
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
    if (a == 0) {
      return "";
    }
    long at = handle >>> POSITION_SHIFT;
    return new String(chunks[(int) (at >>> CHUNK_SHIFT)], (int) (at & (CHUNK - 1)), a, StandardCharsets.ISO_8859_1);
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
    if (b == 0) {
      return "";
    }
    int a = (int) (handle >>> LENGTH_BITS) & LENGTH_MASK;
    long at = (handle >>> POSITION_SHIFT) + (a >= DEFAULT_MARK ? 0 : a);
    return new String(chunks[(int) (at >>> CHUNK_SHIFT)], (int) (at & (CHUNK - 1)), b, StandardCharsets.ISO_8859_1);
  }

  /**
   * Takes back the texts of {@code handle} and everything packed after them (the newest row's,
   * when its save is rolled back).
   *
   * @param handle a handle from {@link #put}; {@link #NOT_PACKED} changes nothing
   */
  void dropFrom(long handle) {
    if (handle != NOT_PACKED) {
      end = Math.min(end, handle >>> POSITION_SHIFT);
    }
  }

  /** The packed length of {@code text}: {@link #NULL} for null, -1 when it does not pack. */
  private static int lengthOf(String text) {
    if (text == null) {
      return NULL;
    }
    int length = text.length();
    if (length > LONGEST) {
      return -1;
    }
    for (int i = 0; i < length; i++) {
      if (text.charAt(i) > 0xFF) {
        return -1;
      }
    }
    return length;
  }

  private static int copy(String text, byte[] into, int offset) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      into[offset + i] = (byte) text.charAt(i);
    }
    return offset + length;
  }
}
