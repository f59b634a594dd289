package io.bizloop.examples.replay;

import io.bizloop.examples.jdbc.JdbcDatabase;
import io.bizloop.loop.Bizloop;
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
    return run(file, db, false, out, err);
  }

  /**
   * As {@link #run(Path, String, PrintStream, PrintStream)}; with {@code stats}, one more line on
   * {@code err} after the report: steps, time, and (in memory) the heap the books hold after a
   * full garbage collection, per order.
   */
  public int run(Path file, String db, boolean stats, PrintStream out, PrintStream err) {
    long started = System.nanoTime();
    if (Files.isDirectory(file)) {
      return cannotRead(err, file, "is a directory");
    }
    if (db == null && Files.isRegularFile(file)) {
      // in memory, a file whose company comes before its steps is read once: the steps run as they
      // are read, and a bad tail still refuses the file (the books they made are dropped unreported)
      OnePass pass = new OnePass();
      boolean ran;
      try {
        ran = read(file, in -> Scenario.inOnePass(in, pass::start));
      } catch (NotAScenario e) {
        return notAScenario(err, file, e);
      } catch (Unreadable e) {
        return cannotRead(err, file, e.getMessage());
      }
      if (ran) {
        return report(pass.bizloop, pass.runner, true, stats, started, out, err);
      }
    }
    // Otherwise a regular file (into a database, or its company after its steps) is read twice, so
    // that a year of steps is never held as one tree: the first pass checks the whole text and reads
    // the company, the second hands the steps on one at a time. Anything else (a pipe, /dev/stdin)
    // can be read once only, so it is held as one tree.
    boolean twoPasses = Files.isRegularFile(file);
    Company company;
    Scenario whole = null;
    try {
      if (twoPasses) {
        boolean intoDatabase = db != null; // steps run before a bad one would stay in the database
        company = read(file, in -> Scenario.company(in, intoDatabase));
      } else {
        whole = read(file, Scenario::parse);
        company = whole.company();
      }
    } catch (NotAScenario e) {
      return notAScenario(err, file, e);
    } catch (Unreadable e) {
      return cannotRead(err, file, e.getMessage());
    }
    JdbcDatabase database = null;
    Bizloop bizloop;
    if (db == null) {
      bizloop = Scenario.inMemory(company.settings());
    } else {
      try {
        database = JdbcDatabase.open(db, company.settings());
      } catch (RuntimeException e) {
        err.println("replay: cannot open database " + db + ": " + e.getMessage());
        return CANNOT_READ;
      }
      bizloop = database.bizloop();
    }
    try {
      ScenarioRunner runner = new ScenarioRunner(new LibrarySteps(bizloop), company.startDate());
      try {
        if (twoPasses) {
          read(file, in -> {
            Scenario.eachStep(in, (step, number) -> runner.run(number, step));
            return null;
          });
        } else {
          runner.runAll(whole.steps(), step -> {});
        }
      } catch (NotAScenario e) {
        return notAScenario(err, file, e);
      } catch (Unreadable e) {
        return cannotRead(err, file, e.getMessage());
      }
      return report(bizloop, runner, db == null, stats, started, out, err);
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  /** A replay read in one pass: the loop and runner made when its steps begin. */
  private static final class OnePass {
    private Bizloop bizloop;
    private ScenarioRunner runner;

    java.util.function.ObjIntConsumer<com.fasterxml.jackson.databind.JsonNode> start(Company company) {
      bizloop = Scenario.inMemory(company.settings());
      runner = new ScenarioRunner(new LibrarySteps(bizloop), company.startDate());
      return (step, number) -> runner.run(number, step);
    }
  }

  /** Prints the report of a finished replay (and, with {@code stats}, its line on {@code err}); returns 0. */
  private static int report(
      Bizloop bizloop, ScenarioRunner runner, boolean inMemory, boolean stats, long started, PrintStream out,
      PrintStream err) {
    long replayed = System.nanoTime();
    Report.print(bizloop, runner, out);
    if (stats) {
      err.println(stats(runner, bizloop, inMemory, replayed - started, System.nanoTime() - replayed));
    }
    return 0;
  }

  private static String stats(ScenarioRunner runner, Bizloop bizloop, boolean inMemory, long replayNanos, long reportNanos) {
    StringBuilder line = new StringBuilder();
    line.append(String.format(java.util.Locale.ROOT, "replay: %d steps in %.1f s (%.0f steps/s), report written in %.1f s",
        runner.steps(), replayNanos / 1e9, runner.steps() / (replayNanos / 1e9), reportNanos / 1e9));
    if (inMemory) {
      int orders = bizloop.crm().orders().size();
      System.gc();
      java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      line.append(String.format(java.util.Locale.ROOT, "; heap in use after a full GC: %.0f MB, %d orders, %.1f KB per order",
          heap.getUsed() / 1048576.0, orders, orders == 0 ? 0.0 : heap.getUsed() / 1024.0 / orders));
    }
    return line.toString();
  }

  /** A pass over the file. */
  private interface Pass<T> {
    T over(java.io.InputStream in) throws NotAScenario;
  }

  /** The file cannot be read (the message says why). */
  private static final class Unreadable extends Exception {
    Unreadable(String reason) {
      super(reason, null, false, false);
    }
  }

  private static <T> T read(Path file, Pass<T> pass) throws NotAScenario, Unreadable {
    try (Bounded in = new Bounded(Files.newInputStream(file), MAX_BYTES)) {
      try {
        return pass.over(in);
      } catch (NotAScenario e) {
        if (in.exceeded()) {
          throw new Unreadable("larger than " + (MAX_BYTES >> 20) + " MiB");
        }
        throw e;
      }
    } catch (NoSuchFileException e) {
      throw new Unreadable("no such file");
    } catch (AccessDeniedException e) {
      throw new Unreadable("permission denied");
    } catch (IOException e) {
      throw new Unreadable(String.valueOf(e.getMessage()));
    }
  }

  private static int notAScenario(PrintStream err, Path file, NotAScenario e) {
    err.println("replay: " + file + " is not a scenario: " + e.getMessage());
    return CANNOT_READ;
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
