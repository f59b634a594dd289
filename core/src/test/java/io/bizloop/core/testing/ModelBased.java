package io.bizloop.core.testing;

import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Runs a model-based property: QuickTheories generates lists of commands, the test runs each
 * list against the real object (and a tiny model) and answers the first violated invariant,
 * and a failure is reported with the shortest failing sequence the {@link Minimiser} finds.
 *
 * <pre>{@code
 * ModelBased.check(
 *     qt().withExamples(300),
 *     lists().of(stockCommands()).ofSizeBetween(1, 40),
 *     commands -> {
 *       StockWorld world = StockWorld.fresh();          // fresh state on every run
 *       for (StockCommand command : commands) {
 *         world.apply(command);
 *         String broken = world.brokenInvariant();     // null while every invariant holds
 *         if (broken != null) return broken;
 *       }
 *       return null;
 *     });
 * }</pre>
 *
 * <p>The run must be deterministic and start from fresh state each time, since the minimiser
 * replays shortened lists. An exception or an {@link AssertionError} thrown by the run counts
 * as a violation, so the run may also use AssertJ ({@link #checkAssert}).
 */
public final class ModelBased {

  private ModelBased() {}

  /**
   * Checks {@code run} over lists from {@code commands} with QuickTheories' default settings.
   *
   * @param run answers the violated invariant for a list of commands, or {@code null} when all hold
   * @throws AssertionError naming the violation and the minimised failing sequence
   */
  public static <C> void check(Gen<List<C>> commands, Function<? super List<C>, String> run) {
    check(qt(), commands, run);
  }

  /**
   * Checks {@code run} over lists from {@code commands} with the given QuickTheories settings
   * (examples, seed, ...).
   *
   * @param run answers the violated invariant for a list of commands, or {@code null} when all hold
   * @throws AssertionError naming the violation and the minimised failing sequence
   */
  public static <C> void check(
      QuickTheory theory, Gen<List<C>> commands, Function<? super List<C>, String> run) {
    Objects.requireNonNull(theory, "theory");
    Objects.requireNonNull(commands, "commands");
    Objects.requireNonNull(run, "run");
    AtomicReference<List<C>> shortestFound = new AtomicReference<>();
    try {
      theory
          .forAll(commands)
          .checkAssert(
              list -> {
                String violation = violationOf(run, list);
                if (violation != null) {
                  shortestFound.accumulateAndGet(
                      list, (known, next) -> known == null || next.size() < known.size() ? next : known);
                  throw new AssertionError(violation);
                }
              });
    } catch (AssertionError falsified) {
      List<C> found = shortestFound.get();
      if (found == null) {
        throw falsified;
      }
      throw new AssertionError(report(found, run), falsified);
    }
  }

  /** As {@link #check(Gen, Function)}, for a run that asserts (AssertJ) instead of answering a violation. */
  public static <C> void checkAssert(Gen<List<C>> commands, Consumer<? super List<C>> run) {
    checkAssert(qt(), commands, run);
  }

  /** As {@link #check(QuickTheory, Gen, Function)}, for a run that asserts instead of answering a violation. */
  public static <C> void checkAssert(QuickTheory theory, Gen<List<C>> commands, Consumer<? super List<C>> run) {
    Objects.requireNonNull(run, "run");
    check(
        theory,
        commands,
        list -> {
          run.accept(list);
          return null;
        });
  }

  /**
   * The failure report for a list that violates an invariant: the minimised sequence, numbered,
   * and its violation. Public so that a test with its own loop can report the same way.
   */
  public static <C> String report(List<C> failing, Function<? super List<C>, String> run) {
    String original = violationOf(run, failing);
    if (original == null) {
      return "a generated sequence of " + failing.size() + " commands failed once but passes when replayed"
          + " (the run is not deterministic or does not start from fresh state): " + failing;
    }
    List<C> minimal = Minimiser.minimise(failing, list -> violationOf(run, list) != null);
    StringBuilder message = new StringBuilder();
    message
        .append("invariant violated: ")
        .append(violationOf(run, minimal))
        .append(System.lineSeparator())
        .append("shortest failing sequence (")
        .append(minimal.size())
        .append(" of the ")
        .append(failing.size())
        .append(" generated commands):");
    for (int i = 0; i < minimal.size(); i++) {
      message.append(System.lineSeparator()).append("  ").append(i + 1).append(". ").append(minimal.get(i));
    }
    message
        .append(System.lineSeparator())
        .append("generated sequence: ")
        .append(failing)
        .append(System.lineSeparator())
        .append("its violation: ")
        .append(original);
    return message.toString();
  }

  /** The violation {@code run} answers for {@code commands}; a thrown exception or assertion error is one too. */
  static <C> String violationOf(Function<? super List<C>, String> run, List<C> commands) {
    try {
      return run.apply(commands);
    } catch (RuntimeException | AssertionError e) {
      return "threw " + e;
    }
  }
}
