package io.bizloop.examples;

import io.bizloop.examples.demo.DemoCommand;
import io.bizloop.examples.replay.ReplayCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bizloop-examples} command line: {@code demo} and {@code replay FILE}.
 *
 * <p>Exit status: 0 on success, 2 on bad usage or an unreadable scenario file.
 */
@Command(
    name = "bizloop-examples",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Runs the bizloop examples: the guided demo, or the replay of a JSON scenario.",
    subcommands = {DemoCommand.class, ReplayCommand.class, io.bizloop.examples.replay.GenerateCommand.class, io.bizloop.examples.statements.StatementsCommand.class})
public final class Main {

  private final PrintStream out;
  private final PrintStream err;

  /** A command line on {@link System#out} and {@link System#err}. */
  public Main() {
    this(System.out, System.err);
  }

  /** A command line writing to the given streams (tests pass their own). */
  public Main(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  /** Where subcommands write their results. */
  public PrintStream out() {
    return out;
  }

  /** Where subcommands write their diagnostics. */
  public PrintStream err() {
    return err;
  }

  /** A picocli command line whose own help and errors go to the same streams as the commands'. */
  public static CommandLine commandLine(PrintStream out, PrintStream err) {
    return new CommandLine(new Main(out, err))
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true));
  }

  public static void main(String[] args) {
    System.exit(commandLine(System.out, System.err).execute(args));
  }

  /** The version from the build (filtered resource). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"bizloop-examples " + properties.getProperty("version", "unknown")};
    }
  }
}
