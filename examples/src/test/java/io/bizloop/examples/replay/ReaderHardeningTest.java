package io.bizloop.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The replay's reader refuses what is not a scenario with exit 2 and one line naming the file and the problem. */
class ReaderHardeningTest {

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private Run replay(Path file) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = new Replayer().run(file, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "trailing content   | {\"steps\":[]} {\"steps\":[]}           | invalid JSON",
        "duplicate key      | {\"steps\":[],\"steps\":[]}             | Duplicate field",
        "bad currency       | {\"company\":{\"currency\":\"ZZZ\"},\"steps\":[]} | ZZZ\" is not an ISO 4217 currency code",
        "no minor unit      | {\"company\":{\"currency\":\"XXX\"},\"steps\":[]} | has no minor unit",
        "VAT rate above 1   | {\"company\":{\"vatRate\":\"1.5\"},\"steps\":[]} | vatRate must be between 0 and 1",
        "VAT rate tiny      | {\"company\":{\"vatRate\":1e-999999999},\"steps\":[]} | vatRate must be between 0 and 1",
        "huge exponent      | {\"steps\":[],\"x\":0e999999999999}     | invalid JSON",
        "not an object      | [1,2,3]                                 | top level must be an object",
      })
  void refusesWhatIsNotAScenarioWithOneLine(String what, String json, String problem) throws Exception {
    // given
    Path file = dir.resolve("bad.json");
    Files.writeString(file, json.strip());

    // when
    Run run = replay(file);

    // then
    assertThat(run.status()).isEqualTo(Replayer.CANNOT_READ);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains(file.toString()).contains(problem);
  }

  @Test
  void anEndlessFileIsRefusedWithBoundedMemory() {
    // given: a device that never ends
    Path zero = Path.of("/dev/zero");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero), "no /dev/zero here");

    // when
    Run run = replay(zero);

    // then
    assertThat(run.status()).isEqualTo(Replayer.CANNOT_READ);
    assertThat(run.err()).containsAnyOf("larger than 256 MiB", "invalid JSON").hasLineCount(1);
  }

  @Test
  void aScenarioWithHostileValuesIsReplayedAndReportsEachRefusal() throws Exception {
    // given
    Path file = dir.resolve("hostile.json");
    Files.writeString(file, """
        {"steps":[{"do":"warehouse","id":"W","name":"w"},{"do":"product","sku":"P","name":"p"},
         {"do":"customer","id":"C","name":"c"},
         {"do":"salesOrder","id":"S","customer":"C","lines":[{"sku":"P","qty":1e999999999,"unitPrice":"1"}]},
         {"do":"salesOrder","id":"T","customer":"C","lines":[{"sku":"P","qty":"1e-999999999","unitPrice":"1"}]},
         {"do":"receivePayment","customer":"C","amount":"1e30"}]}
        """);

    // when
    Run run = replay(file);

    // then: every refusal is INVALID_INPUT with a short message
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("\"step\" : 4").contains("\"step\" : 5").contains("\"step\" : 6");
    assertThat(run.out().length()).isLessThan(20_000);
  }
}
