package io.bizloop.core.memory;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Texts kept as characters in large byte chunks, one byte per character when all are Latin-1,
 * else two: a store that keeps a text per entry of the year (an event id, a memo) keeps it here as
 * a position and a length instead of a string and its byte array, two objects that every young
 * collection copied. Chunks are 256 kB, below half of G1's smallest region, so a chunk is an
 * ordinary young object rather than a humongous one. Space is taken in order and given back from
 * the newest ({@link #dropFrom}); a text never straddles two chunks.
 *
 * <p>Not thread-safe: the store that owns it guards it (in memory, with its unit of work's lock).
 */
public final class TextChunks {

  private static final int CHUNK_SHIFT = 18;
  private static final int CHUNK = 1 << CHUNK_SHIFT;

  /** The most bytes {@link #reserve} gives in one piece. */
  public static final int LARGEST = CHUNK;

  private byte[][] chunks = new byte[0][];
  /** The next free position: chunk {@code end >>> CHUNK_SHIFT}, offset {@code end & (CHUNK - 1)}. */
  private long end;

  /**
   * Takes {@code bytes} bytes in one chunk, after everything taken before.
   *
   * @param bytes how many, at most {@link #LARGEST}
   * @return their position
   */
  public long reserve(int bytes) {
    long at = end;
    if ((at & (CHUNK - 1)) + bytes > CHUNK) {
      at = ((at >>> CHUNK_SHIFT) + 1) << CHUNK_SHIFT;
    }
    if (bytes > 0) {
      int chunk = (int) (at >>> CHUNK_SHIFT);
      if (chunk >= chunks.length) {
        chunks = Arrays.copyOf(chunks, Math.max(4, chunks.length * 2));
      }
      if (chunks[chunk] == null) {
        chunks[chunk] = new byte[CHUNK];
      }
    }
    end = at + bytes;
    return at;
  }

  /**
   * Gives back everything taken from {@code at} on (the newest texts, when their save is undone).
   *
   * @param at a position {@link #reserve} gave
   */
  public void dropFrom(long at) {
    end = Math.min(end, at);
  }

  /**
   * Writes {@code text} at {@code at}, in the room {@link #reserve} gave for it.
   *
   * @param at the position
   * @param text the text
   * @param wide two bytes per character (else one: the text must be {@link #isLatin1})
   * @return the position after it
   */
  public long write(long at, String text, boolean wide) {
    if (text.isEmpty()) {
      return at; // no room was taken for it: maybe no chunk either
    }
    byte[] into = chunks[(int) (at >>> CHUNK_SHIFT)];
    int offset = (int) (at & (CHUNK - 1));
    int length = text.length();
    if (!wide) {
      latin1(text, into, offset);
      return at + length;
    }
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      into[offset + 2 * i] = (byte) (c >>> 8);
      into[offset + 2 * i + 1] = (byte) c;
    }
    return at + 2L * length;
  }

  /**
   * Copies the low byte of each character of {@code text} (all Latin-1) to {@code into} from
   * {@code offset}: the one copy {@link String} makes without a new array (for a Latin-1 string
   * one array copy of its bytes), which is what its deprecation is about (it drops high bytes).
   */
  @SuppressWarnings("deprecation")
  private static void latin1(String text, byte[] into, int offset) {
    text.getBytes(0, text.length(), into, offset);
  }

  /**
   * The text of {@code length} characters at {@code at}.
   *
   * @param at its position
   * @param length its characters
   * @param wide whether it was written two bytes per character
   * @return the text
   */
  public String read(long at, int length, boolean wide) {
    if (length == 0) {
      return "";
    }
    byte[] from = chunks[(int) (at >>> CHUNK_SHIFT)];
    int offset = (int) (at & (CHUNK - 1));
    if (!wide) {
      return new String(from, offset, length, StandardCharsets.ISO_8859_1);
    }
    char[] chars = new char[length]; // char by char: any UTF-16 text back as it was, lone surrogates too
    for (int i = 0; i < length; i++) {
      chars[i] = (char) ((from[offset + 2 * i] & 0xFF) << 8 | from[offset + 2 * i + 1] & 0xFF);
    }
    return new String(chars);
  }

  /**
   * Whether the text at {@code at} is {@code text} (of the same length, which the caller knows).
   *
   * @param at its position
   * @param text the text to compare with, of the stored length
   * @param wide whether it was written two bytes per character
   * @return whether every character is the same
   */
  public boolean matches(long at, String text, boolean wide) {
    if (text.isEmpty()) {
      return true;
    }
    byte[] from = chunks[(int) (at >>> CHUNK_SHIFT)];
    int offset = (int) (at & (CHUNK - 1));
    int length = text.length();
    if (wide) {
      for (int i = 0; i < length; i++) {
        if ((char) ((from[offset + 2 * i] & 0xFF) << 8 | from[offset + 2 * i + 1] & 0xFF) != text.charAt(i)) {
          return false;
        }
      }
      return true;
    }
    // ids that differ differ mostly at the end (SO-1041, SO-1042): from the last character back
    for (int i = length - 1; i >= 0; i--) {
      if ((char) (from[offset + i] & 0xFF) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every character of {@code text} is Latin-1 (one byte each here).
   *
   * @param text the text
   * @return whether it is
   */
  public static boolean isLatin1(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 0xFF) {
        return false;
      }
    }
    return true;
  }
}
