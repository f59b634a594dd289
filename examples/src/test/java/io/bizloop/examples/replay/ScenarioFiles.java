package io.bizloop.examples.replay;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scenarios in {@code src/test/resources/scenarios} and their expected reports, for every replay test. */
public final class ScenarioFiles {

  private static final Path FOLDER = Path.of("src/test/resources/scenarios");

  private ScenarioFiles() {}

  /** The scenario file names (not the expected reports), sorted. */
  public static Stream<String> names() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> names = files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".json") && !name.endsWith(".expected.json"))
          .sorted()
          .toList();
      return names.stream();
    }
  }

  /** The scenario {@code name}, parsed. */
  public static Scenario scenario(String name) throws IOException, NotAScenario {
    return Scenario.parse(Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8));
  }

  /** The expected (subset of the) report of scenario {@code name}. */
  public static JsonNode expected(String name) throws IOException {
    return Scenario.JSON.readTree(
        Files.readString(FOLDER.resolve(name.replace(".json", ".expected.json")), StandardCharsets.UTF_8));
  }
}
