package io.bizloop.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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

  static Stream<String> scenarios() throws IOException {
    return ScenarioFiles.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void replayMatchesTheHandWorkedReportAndKeepsTheBooksInAgreementAfterEveryStep(String name) throws Exception {
    // given
    Scenario scenario = ScenarioFiles.scenario(name);
    JsonNode expected = ScenarioFiles.expected(name);
    List<String> broken = new ArrayList<>();

    // when
    Scenario.Replay replay = scenario.replay((bizloop, step) ->
        bizloop.invariantViolations().forEach(v -> broken.add("after step " + step + ": " + v)));

    // then
    assertThat(broken).as("cross-module invariants").isEmpty();
    assertThat(ReportCheck.differences(replay.report().json(), expected)).as("differences from the expected report").isEmpty();
  }
}
