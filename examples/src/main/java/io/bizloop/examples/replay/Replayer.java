package io.bizloop.examples.replay;

import io.bizloop.examples.jdbc.JdbcDatabase;
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
    if (Files.isDirectory(file)) {
      return cannotRead(err, file, "is a directory");
    }
    Scenario scenario;
    try (Bounded in = new Bounded(Files.newInputStream(file), MAX_BYTES)) {
      try {
        scenario = Scenario.parse(in);
      } catch (NotAScenario e) {
        if (in.exceeded()) {
          return cannotRead(err, file, "larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        err.println("replay: " + file + " is not a scenario: " + e.getMessage());
        return CANNOT_READ;
      }
    } catch (NoSuchFileException e) {
      return cannotRead(err, file, "no such file");
    } catch (AccessDeniedException e) {
      return cannotRead(err, file, "permission denied");
    } catch (IOException e) {
      return cannotRead(err, file, String.valueOf(e.getMessage()));
    }
    return replay(scenario, db, out, err);
  }

  private int replay(Scenario scenario, String db, PrintStream out, PrintStream err) {
    if (db == null) {
      out.println(ReportJson.write(scenario.replay().report()));
      return 0;
    }
    JdbcDatabase bizloop;
    try {
      bizloop = JdbcDatabase.open(db, scenario.company().settings());
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

  /**
   * A stream that ends with an error after {@code limit} bytes, so that an endless or huge file is
   * refused with bounded memory (the parser reads it as it goes; no copy of the text is held).
   */
  private static final class Bounded extends java.io.FilterInputStream {
    private long left;
    private boolean exceeded;

    Bounded(java.io.InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    boolean exceeded() {
      return exceeded;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return tooLarge();
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      if (left <= 0) {
        return tooLarge();
      }
      int n = super.read(buffer, offset, (int) Math.min(length, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }

    private int tooLarge() throws IOException {
      if (super.read() < 0) {
        return -1;
      }
      exceeded = true;
      throw new IOException("larger than the limit");
    }
  }

  private static int cannotRead(PrintStream err, Path file, String reason) {
    err.println("replay: cannot read " + file + ": " + reason);
    return CANNOT_READ;
  }
}
