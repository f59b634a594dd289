package io.bizloop.examples.replay;

import io.bizloop.examples.jdbc.JdbcBizloop;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a scenario file and replays it.
 *
 * <p>Exit status 0 when the file was read (rejected steps are part of the report); 2 when it
 * cannot be read, with exactly one line on {@code err} naming the file.
 */
public final class Replayer {

  /** Exit status for a file that cannot be read or is not a scenario. */
  public static final int CANNOT_READ = 2;

  /** Replays {@code file} in memory, the report on {@code out}, diagnostics on {@code err}; returns the exit status. */
  public int run(Path file, PrintStream out, PrintStream err) {
    return run(file, null, out, err);
  }

  /**
   * Replays {@code file} into the database {@code db} names ({@code h2:PATH} or a JDBC URL; null
   * for in memory), continuing the books it holds; the report on {@code out}, diagnostics on
   * {@code err}; returns the exit status (2 also when the database cannot be opened).
   */
  public int run(Path file, String db, PrintStream out, PrintStream err) {
    String json;
    try {
      if (Files.isDirectory(file)) {
        return cannotRead(err, file, "is a directory");
      }
      json = readBounded(file);
    } catch (TooLarge e) {
      return cannotRead(err, file, "larger than " + (MAX_BYTES >> 20) + " MiB");
    } catch (NoSuchFileException e) {
      return cannotRead(err, file, "no such file");
    } catch (AccessDeniedException e) {
      return cannotRead(err, file, "permission denied");
    } catch (CharacterCodingException e) {
      return cannotRead(err, file, "not UTF-8 text");
    } catch (IOException e) {
      return cannotRead(err, file, String.valueOf(e.getMessage()));
    }
    return replay(json, file, db, out, err);
  }

  private int replay(String json, Path file, String db, PrintStream out, PrintStream err) {
    Scenario scenario;
    try {
      scenario = Scenario.parse(json);
    } catch (NotAScenario e) {
      err.println("replay: " + file + " is not a scenario: " + e.getMessage());
      return CANNOT_READ;
    }
    if (db == null) {
      out.println(ReportJson.write(scenario.replay().report()));
      return 0;
    }
    JdbcBizloop bizloop;
    try {
      bizloop = JdbcBizloop.open(db, scenario.company().settings());
    } catch (RuntimeException e) {
      err.println("replay: cannot open database " + db + ": " + e.getMessage());
      return CANNOT_READ;
    }
    try (bizloop) {
      out.println(ReportJson.write(scenario.replay(settings -> bizloop.bizloop()).report()));
      return 0;
    }
  }

  /** The largest scenario file read, in bytes: the reader's memory stays bounded. */
  public static final int MAX_BYTES = 256 << 20;

  /** The file was longer than {@link #MAX_BYTES}. */
  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super(null, null);
    }
  }

  /**
   * Reads at most {@link #MAX_BYTES} of {@code file} as strict UTF-8, without trusting its size
   * (a device such as /dev/zero has none and never ends).
   */
  private static String readBounded(Path file) throws IOException {
    byte[] bytes;
    try (var in = Files.newInputStream(file)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new TooLarge();
    }
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
        .decode(java.nio.ByteBuffer.wrap(bytes))
        .toString();
  }

  private static int cannotRead(PrintStream err, Path file, String reason) {
    err.println("replay: cannot read " + file + ": " + reason);
    return CANNOT_READ;
  }
}
