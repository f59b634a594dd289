package io.bizloop.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * The benchmarks jar's entry point: JMH's own command line, plus the {@link HardwareBaseline}
 * benchmarks every library benchmark selected is compared with, and a last table of the
 * library's throughput as a share of the baseline's ({@code java -jar bizloop-benchmarks.jar
 * 'Posting|Reserve|OrderToCash' -f 1 -wi 2 -w 2s -i 3 -r 2s}). Listing and help ({@code -l},
 * {@code -h}, ...) are JMH's.
 */
public final class Main {

  /** Library benchmark (by its method's simple name) → its baseline method. */
  private static final Map<String, String> BASELINE_OF = new LinkedHashMap<>();

  static {
    BASELINE_OF.put("PostingBenchmark.manualJournalEntry", "HardwareBaseline.posting");
    BASELINE_OF.put("PostingBenchmark.goodsShippedPolicy", "HardwareBaseline.posting");
    BASELINE_OF.put("ReserveReleaseBenchmark.reserveAndRelease", "HardwareBaseline.reserveAndRelease");
    BASELINE_OF.put("OrderToCashBenchmark.orderToCash", "HardwareBaseline.orderToCash");
  }

  private Main() {}

  /**
   * Runs the benchmarks JMH's arguments select, with their baselines.
   *
   * @param args JMH's command line
   * @throws Exception when JMH cannot run
   */
  public static void main(String[] args) throws Exception {
    CommandLineOptions cli;
    try {
      cli = new CommandLineOptions(args);
    } catch (CommandLineOptionException e) {
      System.err.println("Error parsing command line: " + e.getMessage());
      System.exit(1);
      return;
    }
    if (cli.shouldHelp() || cli.shouldList() || cli.shouldListWithParams() || cli.shouldListProfilers()
        || cli.shouldListResultFormats()) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    OptionsBuilder options = new OptionsBuilder();
    options.parent(cli);
    if (cli.getIncludes().isEmpty()) {
      options.include(".*");
    } else if (cli.getIncludes().stream().noneMatch(regex -> Pattern.compile(regex).matcher("HardwareBaseline.posting").find())) {
      options.include(HardwareBaseline.class.getSimpleName());
    }
    Options built = options.build();
    Collection<RunResult> results;
    try {
      results = new Runner(built).run();
    } catch (RunnerException e) {
      System.err.println("ERROR: " + e.getMessage());
      System.exit(1);
      return;
    }
    System.out.println();
    System.out.println(ratios(results));
  }

  /** The table of library / baseline throughput for the benchmarks that ran with their baseline. */
  static String ratios(Collection<RunResult> results) {
    Map<String, Double> scores = new LinkedHashMap<>();
    Map<String, String> units = new LinkedHashMap<>();
    for (RunResult result : results) {
      String label = result.getParams().getBenchmark();
      String name = label.substring(label.lastIndexOf('.', label.lastIndexOf('.') - 1) + 1);
      String params = String.join(",", result.getParams().getParamsKeys().stream()
          .map(k -> k + "=" + result.getParams().getParam(k)).toList());
      scores.put(params.isEmpty() ? name : name + " (" + params + ")", result.getPrimaryResult().getScore());
      units.put(name, result.getPrimaryResult().getScoreUnit());
    }
    StringBuilder table = new StringBuilder("Library throughput as a share of the hardware baseline (same work on plain arrays):\n");
    boolean any = false;
    for (Map.Entry<String, Double> score : scores.entrySet()) {
      String name = score.getKey().replaceFirst(" \\(.*", "");
      String baseline = BASELINE_OF.get(name);
      Double base = baseline == null ? null : scores.get(baseline);
      if (base == null || base == 0 || !"ops/s".equals(units.get(name))) {
        continue;
      }
      any = true;
      table.append(String.format(Locale.ROOT, "  %-58s %14.0f ops/s  / %-34s %14.0f ops/s  = %6.2f %%%n",
          score.getKey(), score.getValue(), baseline, base, 100 * score.getValue() / base));
    }
    return any ? table.toString() : table.append("  (no library benchmark ran with its baseline)\n").toString();
  }
}
