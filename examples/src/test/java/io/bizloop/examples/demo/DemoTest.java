package io.bizloop.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} and {@code demo --db h2:PATH} tell the same month and end with the books agreeing. */
class DemoTest {

  private static final String AGREE = "The books, the stock and the sub-ledgers agree: yes";

  @Test
  void theDemoInMemoryEndsWithTheBooksAgreeing() {
    // when
    Run run = demo();

    // then
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains(AGREE);
  }

  @Test
  void theDemoOnAnH2FileDatabaseEndsWithTheBooksAgreeingAndTellsTheSameMonth(@TempDir Path folder) {
    // given
    String inMemory = demo().out;

    // when
    Run run = demo("--db", "h2:" + folder.resolve("books"));

    // then
    assertThat(run.status).as(run.err).isZero();
    assertThat(run.out).contains(AGREE).isEqualTo(inMemory);
  }

  @Test
  void anUnknownDatabaseIsReportedWithExitStatusTwo() {
    // when
    Run run = demo("--db", "mysql://nowhere");

    // then
    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("demo: cannot open database mysql://nowhere");
    assertThat(run.out).isEmpty();
  }

  private static Run demo(String... options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> args = new ArrayList<>(List.of("demo"));
    args.addAll(List.of(options));
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.commandLine(o, e).execute(args.toArray(String[]::new));
    }
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int status, String out, String err) {}
}
