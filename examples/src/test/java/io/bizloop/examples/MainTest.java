package io.bizloop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.commandLine(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8))
        .execute(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    int status = run("--help");

    assertThat(status).isZero();
    assertThat(out()).contains("Usage: bizloop-examples").contains("demo").contains("replay");
    assertThat(err()).isEmpty();
  }

  @Test
  void versionExitsZero() {
    int status = run("--version");

    assertThat(status).isZero();
    assertThat(out()).startsWith("bizloop-examples ").doesNotContain("${");
  }

  @Test
  void noArgumentsPrintsUsageAndExitsTwo() {
    int status = run();

    assertThat(status).isEqualTo(2);
    assertThat(err()).contains("Usage: bizloop-examples");
  }

  @Test
  void unknownCommandExitsTwo() {
    assertThat(run("frobnicate")).isEqualTo(2);
  }

  @Test
  void replayWithoutFileExitsTwo() {
    int status = run("replay");

    assertThat(status).isEqualTo(2);
    assertThat(err()).contains("FILE");
  }

  @Test
  void replayOfAMissingFileNamesItOnOneLineAndExitsTwo(@TempDir Path dir) {
    Path missing = dir.resolve("no-such-scenario.json");

    int status = run("replay", missing.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err().lines()).singleElement().asString().contains(missing.toString()).startsWith("replay:");
    assertThat(out()).isEmpty();
  }

  @Test
  void replayOfADirectoryExitsTwo(@TempDir Path dir) {
    int status = run("replay", dir.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err().lines()).singleElement().asString().contains(dir.toString());
  }

  @Test
  void replayReadsAShippedScenario() throws URISyntaxException {
    Path scenario =
        Path.of(MainTest.class.getResource("/scenarios/01-order-to-cash.json").toURI());

    int status = run("replay", scenario.toString());

    assertThat(status).isZero();
  }

  @Test
  void demoRuns() {
    int status = run("demo");

    assertThat(status).isZero();
    assertThat(out()).isNotEmpty();
  }
}
