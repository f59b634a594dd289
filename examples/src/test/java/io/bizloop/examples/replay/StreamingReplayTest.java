package io.bizloop.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The replay reads a scenario in two passes (the company first, then the steps one at a time)
 * and streams its report: key order does not matter, a bad step later in the file still refuses
 * the whole file, {@code --stats} adds one line on stderr, and the streamed report is the tree
 * report.
 */
class StreamingReplayTest {

  private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run replay(Path file, boolean stats) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        new Replayer()
            .run(file, null, stats, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static ObjectNode sample(String name) throws IOException {
    return (ObjectNode) PLAIN.readTree(SCENARIOS.resolve(name).toFile());
  }

  /** The same fields as {@code scenario}, in the order {@code keys} gives (the others dropped). */
  private static ObjectNode withKeys(ObjectNode scenario, String... keys) {
    ObjectNode reordered = PLAIN.createObjectNode();
    for (String key : keys) {
      reordered.set(key, scenario.get(key));
    }
    return reordered;
  }

  private Path write(String fileName, JsonNode scenario) throws IOException {
    Path file = dir.resolve(fileName);
    PLAIN.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), scenario);
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"05-revenue-at-confirmation.json", "08-prices-include-vat.json", "04-fifo-costing.json"})
  void aCompanyAfterTheStepsGivesTheSameReportAsACompanyBeforeThem(String name) throws Exception {
    // given
    ObjectNode scenario = sample(name);
    assertThat(scenario.fieldNames()).toIterable().containsExactly("company", "steps");
    Path companyFirst = write("first.json", withKeys(scenario, "company", "steps"));
    Path companyLast = write("last.json", withKeys(scenario, "steps", "company"));
    Path noCompany = write("none.json", withKeys(scenario, "steps"));

    // when
    Run first = replay(companyFirst, false);
    Run last = replay(companyLast, false);
    Run defaults = replay(noCompany, false);

    // then
    assertThat(first.status()).isZero();
    assertThat(last.status()).isZero();
    assertThat(last.err()).isEmpty();
    assertThat(last.out()).isNotBlank().isEqualTo(first.out());
    assertThat(defaults.out()).as("the company matters to this scenario's report").isNotEqualTo(first.out());
  }

  @Test
  void aCompanyBetweenOtherKeysAfterTheStepsIsStillRead() throws Exception {
    // given
    ObjectNode scenario = sample("08-prices-include-vat.json");
    ObjectNode reordered = PLAIN.createObjectNode();
    reordered.put("title", "prices include VAT, company last");
    reordered.set("steps", scenario.get("steps"));
    reordered.putObject("notes").putArray("steps").add("not the steps: only the top-level key counts");
    reordered.set("company", scenario.get("company"));

    // when
    Run reorderedRun = replay(write("reordered.json", reordered), false);
    Run original = replay(SCENARIOS.resolve("08-prices-include-vat.json"), false);

    // then
    assertThat(reorderedRun.status()).isZero();
    assertThat(reorderedRun.out()).isEqualTo(original.out());
  }

  @Test
  void aHugeNumberInsideTheThirdStepRefusesTheFileWithNothingOnStdout() throws Exception {
    // given: valid company and steps, but a number no decimal can hold inside the third step
    ObjectNode scenario = sample("01-order-to-cash.json");
    ((ObjectNode) scenario.get("steps").get(2)).put("x", "@@HUGE@@");
    String text = PLAIN.writeValueAsString(scenario).replace("\"@@HUGE@@\"", "0e999999999999");
    assertThat(text).contains("0e999999999999");
    Path file = dir.resolve("huge-in-step-3.json");
    Files.writeString(file, text);

    // when
    Run run = replay(file, false);

    // then
    assertRefusedInOneLine(run).contains(file.toString()).contains("invalid JSON");
  }

  @Test
  void aHugeNumberInsideALaterStepRefusesTheFileAlsoWithStats() throws Exception {
    // given
    ObjectNode scenario = sample("01-order-to-cash.json");
    ArrayNode steps = (ArrayNode) scenario.get("steps");
    ((ObjectNode) steps.get(steps.size() - 1)).put("amount", "@@HUGE@@");
    Path file = dir.resolve("huge-in-last-step.json");
    Files.writeString(file, PLAIN.writeValueAsString(scenario).replace("\"@@HUGE@@\"", "1e999999999999"));

    // when
    Run run = replay(file, true);

    // then
    assertRefusedInOneLine(run).contains(file.toString()).doesNotContain("KB per order");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"a second company", "a trailing value", "a title that is no scenario key"})
  void aBadTailAfterTheStepsRefusesAFileReadInOnePass(String tail) throws Exception {
    // given: the company first (read in one pass, the steps run as they are read), then a bad tail
    String text = PLAIN.writeValueAsString(sample("01-order-to-cash.json"));
    assertThat(text).startsWith("{\"company\":").endsWith("]}");
    String body = text.substring(0, text.length() - 1);
    String bad = switch (tail) {
      case "a second company" -> body + ",\"company\":{}}";
      case "a trailing value" -> text + " {}";
      default -> body + ",\"title\":}";
    };
    Path file = dir.resolve("bad-tail.json");
    Files.writeString(file, bad);

    // when
    Run run = replay(file, true);

    // then: refused as before any step ran, the books the steps made unreported
    assertRefusedInOneLine(run).contains(file.toString()).doesNotContain("KB per order");
  }

  @ParameterizedTest(name = "cut at {0}%")
  @ValueSource(ints = {40, 75, 99})
  void aTruncatedFileIsRefusedWithOneLineAndNothingOnStdout(int percent) throws Exception {
    // given: a scenario cut inside its steps
    byte[] whole = Files.readAllBytes(SCENARIOS.resolve("01-order-to-cash.json"));
    int stepsAt = new String(whole, StandardCharsets.UTF_8).indexOf("\"steps\"");
    int cut = Math.max(stepsAt + 20, whole.length * percent / 100);
    Path file = dir.resolve("truncated.json");
    Files.write(file, Arrays.copyOf(whole, cut));

    // when
    Run run = replay(file, false);

    // then
    assertRefusedInOneLine(run).contains(file.toString()).contains("invalid JSON");
  }

  @Test
  void statsPrintsTheReportOnStdoutAndExactlyOneLineOnStderr() throws Exception {
    // given
    Path file = SCENARIOS.resolve("01-order-to-cash.json");
    int steps = sample("01-order-to-cash.json").get("steps").size();

    // when
    Run withStats = replay(file, true);
    Run without = replay(file, false);

    // then
    assertThat(withStats.status()).isZero();
    assertThat(withStats.out()).isEqualTo(without.out());
    assertThat(PLAIN.readTree(withStats.out()).has("trialBalance")).isTrue();
    assertThat(without.err()).isEmpty();
    assertThat(withStats.err().lines()).hasSize(1);
    String line = withStats.err().lines().findFirst().orElseThrow();
    assertThat(line)
        .startsWith("replay: ")
        .contains("replay: " + steps + " steps")
        .contains("KB per order");
  }

  static Stream<String> scenarios() throws IOException {
    return ScenarioFiles.names();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void thePrintedReportParsedBackIsTheTreeReport(String name) throws Exception {
    // given
    Scenario.Replay replay = ScenarioFiles.scenario(name).replay();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    // when
    Report.print(replay.bizloop(), replay.runner(), printed);
    printed.write('x'); // the stream is left open

    // then
    String text = printed.toString(StandardCharsets.UTF_8);
    assertThat(text).endsWith(System.lineSeparator() + "x");
    JsonNode parsed = PLAIN.readTree(text.substring(0, text.length() - 1));
    JsonNode tree = replay.report().json();
    assertThat(parsed.equals(SAME_VALUES, tree)).as("printed %s%nas a tree %s", parsed, tree).isTrue();
    assertThat(fieldOrder(parsed)).isEqualTo(fieldOrder(tree));
  }

  /**
   * Leaf equality where numbers are compared by value: the tree keeps a long as a long node, while
   * the text of a small long reads back as an int node.
   */
  private static final Comparator<JsonNode> SAME_VALUES =
      (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
          return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
      };

  private static String fieldOrder(JsonNode node) {
    StringBuilder order = new StringBuilder();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      order.append(fields.next().getKey()).append(' ');
    }
    return order.toString();
  }

  @Test
  void aScenarioThatCanBeReadOnlyOnceIsReplayedInOnePass() throws Exception {
    // given: a named pipe (what `replay <(cat file)` or /dev/stdin gives), fed once by a writer
    Path file = write("scenario.json", sample("05-revenue-at-confirmation.json"));
    Path pipe = dir.resolve("pipe.json");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    } catch (IOException e) {
      org.junit.jupiter.api.Assumptions.abort("no mkfifo here");
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    byte[] text = Files.readAllBytes(file);
    Thread writer = new Thread(() -> {
      try {
        Files.write(pipe, text);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();

    // when
    Run fromPipe = replay(pipe, false);
    writer.join(10_000);
    Run fromFile = replay(file, false);

    // then: the same report, not the empty report a second pass over a drained pipe would give
    assertThat(fromPipe.status()).isZero();
    assertThat(fromPipe.err()).isEmpty();
    assertThat(fromPipe.out()).isEqualTo(fromFile.out());
    assertThat(PLAIN.readTree(fromPipe.out()).get("journal")).isNotEmpty();
  }

  @Test
  void aBadNumberInTheLastStepLeavesNoBooksInTheDatabase() throws Exception {
    // given: a scenario whose last step holds a number no decimal can hold, replayed into H2
    ObjectNode scenario = sample("01-order-to-cash.json");
    ArrayNode steps = (ArrayNode) scenario.get("steps");
    ((ObjectNode) steps.get(steps.size() - 1)).put("amount", "@@HUGE@@");
    Path file = dir.resolve("huge-in-last-step.json");
    Files.writeString(file, PLAIN.writeValueAsString(scenario).replace("\"@@HUGE@@\"", "1e999999999999"));
    String db = "h2:" + dir.resolve("books");

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Replayer().run(file, db, false, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    Path empty = write("empty.json", withKeys(scenario, "company").set("steps", PLAIN.createArrayNode()));
    ByteArrayOutputStream after = new ByteArrayOutputStream();
    int again = new Replayer().run(empty, db, false, new PrintStream(after, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    // then: refused before any step ran, so the database holds no posting
    assertThat(status).isEqualTo(Replayer.CANNOT_READ);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid JSON");
    assertThat(again).isZero();
    assertThat(PLAIN.readTree(after.toString(StandardCharsets.UTF_8)).get("journal")).isEmpty();
  }

  /** The file was refused as unreadable: nothing on stdout, one line on stderr (returned to check further). */
  private static org.assertj.core.api.AbstractStringAssert<?> assertRefusedInOneLine(Run run) {
    assertThat(run.status()).isEqualTo(Replayer.CANNOT_READ);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    return assertThat(run.err());
  }
}
