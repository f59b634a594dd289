package io.bizloop.examples.replay;

import io.bizloop.examples.Main;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code replay FILE}: feeds a JSON scenario through the library and prints the JSON report. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description = {
      "Replays a JSON scenario (in memory, or into a database with --db) and prints the report as JSON on stdout.",
      "Exit status 0 when the file was read, 2 when it cannot be read or is not a scenario."
    })
public final class ReplayCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "the scenario, a JSON file")
  private Path file;

  @Option(
      names = "--db",
      paramLabel = "DB",
      description = {
        "replay into a database, continuing the books it holds: h2:PATH (an embedded H2 file database)",
        "or jdbc:postgresql://HOST:PORT/DB; absent: in memory"
      })
  private String db;

  @Option(
      names = "--stats",
      description = "after the report, one line on stderr: steps, time, and (in memory) heap per order after a full GC")
  private boolean stats;

  @Override
  public Integer call() {
    return new Replayer().run(file, db, stats, main.out(), main.err());
  }
}
