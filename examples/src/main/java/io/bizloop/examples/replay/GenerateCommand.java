package io.bizloop.examples.replay;

import io.bizloop.examples.Main;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code generate}: writes a large valid scenario, deterministic from a seed (for benchmarks). */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a large valid scenario (JSON) of N sales orders and what goes around them.",
      "The same seed gives the same scenario; replay it with 'replay FILE'."
    })
public final class GenerateCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Option(names = "--orders", paramLabel = "N", defaultValue = "" + ScenarioGenerator.DEFAULT_ORDERS,
      description = "how many sales orders (default: ${DEFAULT-VALUE})")
  private int orders;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + ScenarioGenerator.DEFAULT_SEED,
      description = "the seed (default: ${DEFAULT-VALUE})")
  private long seed;

  @Option(names = "--out", paramLabel = "FILE", description = "where to write it (default: stdout)")
  private Path out;

  @Override
  public Integer call() {
    if (orders < 1) {
      main.err().println("generate: --orders must be at least 1, not " + orders);
      return 2;
    }
    ScenarioGenerator generator = new ScenarioGenerator(orders, seed);
    try {
      if (out == null) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(main.out(), StandardCharsets.UTF_8), 1 << 16);
        generator.writeTo(writer);
        writer.flush();
      } else {
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
          generator.writeTo(writer);
        }
      }
    } catch (IOException e) {
      main.err().println("generate: cannot write " + (out == null ? "stdout" : out) + ": " + e.getMessage());
      return 2;
    }
    return 0;
  }
}
