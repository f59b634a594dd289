package io.bizloop.examples.statements;

import io.bizloop.core.Period;
import io.bizloop.examples.replay.NotAScenario;
import io.bizloop.examples.replay.Scenario;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Replays a scenario file and presents its statements: text tables on {@code out}, and on request
 * CSV files and an HTML report.
 *
 * <p>The balance sheet is as of {@code --as-of} (default: the end of {@code --period} when only
 * that is given, else the business date of the last step); the income statement is of
 * {@code --period} (default: the month of the balance sheet's date).
 *
 * <p>Exit status: 0 when the statements were presented, 2 with one line on {@code err} when the
 * file cannot be read or is not a scenario, an option is malformed or the default date lies outside the
 * years 1 to 9999, 1 with one line on {@code err} when an output cannot be written.
 */
public final class StatementsRun {

  /** Exit status for an unreadable file or a malformed option. */
  public static final int CANNOT_READ = 2;

  /** Exit status for an output that cannot be written. */
  public static final int CANNOT_WRITE = 1;

  /**
   * Runs the command.
   *
   * @param file the scenario
   * @param asOf the balance sheet's date as {@code YYYY-MM-DD}, or null for the default
   * @param period the income statement's month as {@code YYYY-MM}, or null for the default
   * @param csv the directory for the CSV files, or null for none
   * @param html the HTML report's file, or null for none
   * @param out where the tables go
   * @param err where the one-line diagnostics go
   * @return the exit status
   */
  public int run(Path file, String asOf, String period, Path csv, Path html, PrintStream out, PrintStream err) {
    Optional<LocalDate> date;
    Optional<Period> month;
    try {
      date = Optional.ofNullable(asOf).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      date = Optional.of(LocalDate.MIN);
    }
    if (date.isPresent() && !plausible(date.get().getYear())) {
      err.println("statements: --as-of " + asOf + " is not a date YYYY-MM-DD");
      return CANNOT_READ;
    }
    try {
      month = Optional.ofNullable(period).map(Period::parse);
    } catch (IllegalArgumentException e) {
      month = Optional.of(Period.of(LocalDate.MIN));
    }
    if (month.isPresent() && !plausible(month.get().month().getYear())) {
      err.println("statements: --period " + period + " is not a month YYYY-MM");
      return CANNOT_READ;
    }
    ScenarioFile.Read read = ScenarioFile.read(file);
    if (read.text().isEmpty()) {
      err.println("statements: cannot read " + file + ": " + read.problem());
      return CANNOT_READ;
    }
    Scenario scenario;
    try {
      scenario = Scenario.parse(read.text().get());
    } catch (NotAScenario e) {
      err.println("statements: " + file + " is not a scenario: " + e.getMessage());
      return CANNOT_READ;
    }
    Scenario.Replay replay = scenario.replay();
    Optional<Period> asked = month;
    LocalDate closing = date.orElseGet(() -> asked.map(Period::lastDay).orElse(replay.runner().date()));
    if (!plausible(closing.getYear())) {
      err.println("statements: the last step's date " + closing + " is outside the years 1 to 9999; give --as-of");
      return CANNOT_READ;
    }
    Figures figures = Figures.of(replay.bizloop(), closing, asked.orElse(Period.of(closing)));
    StatementText.print(figures, out);
    try {
      if (csv != null) {
        for (Path written : StatementCsv.write(figures, csv)) {
          out.println("wrote " + written);
        }
      }
      if (html != null) {
        Path parent = html.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(html, Html.report(figures), StandardCharsets.UTF_8);
        out.println("wrote " + html);
      }
    } catch (IOException | RuntimeException e) {
      err.println("statements: cannot write: " + firstLine(e));
      return CANNOT_WRITE;
    }
    return 0;
  }

  /** Years 1 to 9999: the dates a statement can be asked for, and a day before and after them. */
  private static boolean plausible(int year) {
    return year >= 1 && year <= 9999;
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse("");
  }
}
