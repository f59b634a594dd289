package io.bizloop.examples.statements;

import io.bizloop.examples.Main;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code statements FILE [--as-of YYYY-MM-DD] [--period YYYY-MM] [--csv DIR] [--html FILE]}:
 * replays a scenario and presents the balance sheet and the income statement ({@link StatementsRun}).
 */
@Command(
    name = "statements",
    mixinStandardHelpOptions = true,
    description = {
      "Replays a JSON scenario and prints its balance sheet and income statement in the layout of the chart",
      "(资产负债表 会小企01表 and 利润表 会小企02表 for 小企业会计准则), with their checks;",
      "writes them as CSV files and one self-contained HTML report with the funnel, aging and stock value.",
      "Exit status 0 when presented, 2 when the file cannot be read or an option is malformed, 1 when an output",
      "cannot be written."
    })
public final class StatementsCommand implements Callable<Integer> {

  @ParentCommand private Main main;

  @Parameters(index = "0", paramLabel = "FILE", description = "the scenario, a JSON file")
  private Path file;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "the balance sheet's date (default: the end of --period, else the last step's date)")
  private String asOf;

  @Option(names = "--period", paramLabel = "YYYY-MM",
      description = "the income statement's month (default: the month of the balance sheet's date)")
  private String period;

  @Option(names = "--csv", paramLabel = "DIR",
      description = "write balance-sheet.csv and income-statement.csv into DIR")
  private Path csv;

  @Option(names = "--html", paramLabel = "FILE",
      description = "write the HTML report (statements, funnel, aging, stock value) to FILE")
  private Path html;

  @Override
  public Integer call() {
    return new StatementsRun().run(file, asOf, period, csv, html, main.out(), main.err());
  }
}
