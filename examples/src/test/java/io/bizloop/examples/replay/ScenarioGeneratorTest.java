package io.bizloop.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.RejectionCode;
import io.bizloop.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated scenario is valid, meaningful and deterministic; {@code generate} writes it. */
class ScenarioGeneratorTest {

  private static final Set<RejectionCode> MEANINGLESS =
      EnumSet.of(RejectionCode.INVALID_INPUT, RejectionCode.UNKNOWN_REFERENCE, RejectionCode.UNKNOWN_STEP);

  @Test
  void fiftyOrdersReplayWithoutMeaninglessStepsAndKeepTheLoopConsistent() throws Exception {
    // given
    String json = new ScenarioGenerator(50, 7L).generate();
    Scenario scenario = Scenario.parse(json);

    // when
    Scenario.Replay replay = scenario.replay();

    // then
    assertThat(scenario.steps().size()).isGreaterThan(50 * 4);
    assertThat(replay.runner().rejections())
        .as("rejections of the generated scenario")
        .filteredOn(r -> MEANINGLESS.contains(r.rejection().code()))
        .isEmpty();
    assertThat(replay.runner().rejections()).as("every generated step is meant to be accepted").isEmpty();
    assertThat(replay.bizloop().invariantViolations()).isEmpty();
    assertThat(replay.bizloop().crm().orders()).hasSize(50);
    assertThat(replay.bizloop().accounting().journal()).hasSizeGreaterThan(100);
  }

  @Test
  void theSameSeedGivesTheSameScenarioAndAnotherSeedAnother() {
    assertThat(new ScenarioGenerator(30, 1L).generate()).isEqualTo(new ScenarioGenerator(30, 1L).generate());
    assertThat(new ScenarioGenerator(30, 1L).generate()).isNotEqualTo(new ScenarioGenerator(30, 2L).generate());
  }

  @Test
  void generateWritesTheScenarioToAFileOrToStdout(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    Path file = dir.resolve("big.json");

    int toFile = Main.commandLine(o, e).execute("generate", "--orders", "20", "--seed", "3", "--out", file.toString());
    int toStdout = Main.commandLine(o, e).execute("generate", "--orders", "20", "--seed", "3");
    int bad = Main.commandLine(o, e).execute("generate", "--orders", "0");

    assertThat(toFile).isZero();
    assertThat(toStdout).isZero();
    assertThat(bad).isEqualTo(2);
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(written).isEqualTo(new ScenarioGenerator(20, 3L).generate());
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(written);
    assertThat(Scenario.parse(written).steps().size()).isGreaterThan(20);
  }
}
