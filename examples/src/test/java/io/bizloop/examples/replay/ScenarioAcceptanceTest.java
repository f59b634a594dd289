package io.bizloop.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.bizloop.examples.inmemory.LoopInvariants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays every scenario in {@code src/test/resources/scenarios} (the shared samples and the
 * hand-worked ones), compares the report with its {@code .expected.json} by the rules of
 * check-report.py, and checks the cross-module invariants after every step.
 */
class ScenarioAcceptanceTest {

  private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".json") && !name.endsWith(".expected.json"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void replayMatchesTheHandWorkedReportAndKeepsTheBooksInAgreementAfterEveryStep(String name) throws Exception {
    // given
    Scenario scenario = Scenario.parse(Files.readString(SCENARIOS.resolve(name), StandardCharsets.UTF_8));
    JsonNode expected = Scenario.JSON.readTree(
        Files.readString(SCENARIOS.resolve(name.replace(".json", ".expected.json")), StandardCharsets.UTF_8));
    List<String> broken = new ArrayList<>();

    // when
    Scenario.Replay replay = scenario.replay((bizloop, step) ->
        LoopInvariants.violations(bizloop).forEach(v -> broken.add("after step " + step + ": " + v)));

    // then
    assertThat(broken).as("cross-module invariants").isEmpty();
    assertThat(ReportCheck.differences(replay.report().json(), expected)).as("differences from the expected report").isEmpty();
  }
}
