package io.bizloop.crm.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The sales pipeline: the open stages in order with their default win probabilities, plus the
 * two closing stages {@code WON} (100) and {@code LOST} (0).
 *
 * <p>Invariants: at least one open stage; stage names unique (case-insensitive); open
 * probabilities in 0..100.
 */
public final class Pipeline {

  /** The name of the winning stage. */
  public static final String WON = "WON";

  /** The name of the losing stage. */
  public static final String LOST = "LOST";

  /**
   * One stage.
   *
   * @param name upper-case name
   * @param probability default win probability in percent
   */
  public record Stage(String name, int probability) {
    /**
     * Checks and normalises the stage (trimmed, upper-case).
     *
     * @param name the name, non-blank
     * @param probability the default win probability, 0..100
     * @throws NullPointerException when the name is missing
     * @throws IllegalArgumentException when the name is blank or the probability is outside 0..100
     */
    public Stage {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("stage name is blank");
      }
      name = name.trim().toUpperCase(Locale.ROOT);
      if (probability < 0 || probability > 100) {
        throw new IllegalArgumentException("probability " + probability + " is outside 0..100");
      }
    }

    /**
     * Whether it is WON or LOST.
     *
     * @return true for a closing stage
     */
    public boolean closed() {
      return name.equals(WON) || name.equals(LOST);
    }
  }

  private final List<Stage> open;

  private Pipeline(List<Stage> open) {
    if (open.isEmpty()) {
      throw new IllegalArgumentException("a pipeline needs an open stage");
    }
    List<String> names = new ArrayList<>();
    for (Stage stage : open) {
      if (stage.closed() || names.contains(stage.name())) {
        throw new IllegalArgumentException("stage " + stage.name() + " cannot be an open stage here");
      }
      names.add(stage.name());
    }
    this.open = List.copyOf(open);
  }

  /**
   * QUALIFICATION 10, NEEDS_ANALYSIS 30, PROPOSAL 60, NEGOTIATION 80 (then WON 100, LOST 0).
   *
   * @return the standard pipeline
   */
  public static Pipeline standard() {
    return of(
        List.of(
            new Stage("QUALIFICATION", 10),
            new Stage("NEEDS_ANALYSIS", 30),
            new Stage("PROPOSAL", 60),
            new Stage("NEGOTIATION", 80)));
  }

  /**
   * A pipeline with these open stages in this order.
   *
   * @param openStages the open stages, at least one, distinct, none WON or LOST
   * @return the pipeline
   * @throws IllegalArgumentException when the stages break a rule above
   */
  public static Pipeline of(List<Stage> openStages) {
    return new Pipeline(openStages);
  }

  /**
   * The open stages in pipeline order.
   *
   * @return the open stages
   */
  public List<Stage> openStages() {
    return open;
  }

  /**
   * The first open stage, where new opportunities start.
   *
   * @return the first stage
   */
  public Stage first() {
    return open.get(0);
  }

  /**
   * The winning stage.
   *
   * @return WON, 100 %
   */
  public Stage won() {
    return new Stage(WON, 100);
  }

  /**
   * The losing stage.
   *
   * @return LOST, 0 %
   */
  public Stage lost() {
    return new Stage(LOST, 0);
  }

  /**
   * The stage of that name (case-insensitive, open or closed).
   *
   * @param name the name, may be {@code null}
   * @return the stage, or empty when unknown
   */
  public Optional<Stage> stage(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    String wanted = name.trim().toUpperCase(Locale.ROOT);
    if (wanted.equals(WON)) {
      return Optional.of(won());
    }
    if (wanted.equals(LOST)) {
      return Optional.of(lost());
    }
    return open.stream().filter(s -> s.name().equals(wanted)).findFirst();
  }

  /**
   * The position of a stage: open stages 0..n-1, WON n; LOST and unknown −1.
   *
   * @param name the stage's canonical name
   * @return its rank
   */
  public int rank(String name) {
    if (WON.equals(name)) {
      return open.size();
    }
    for (int i = 0; i < open.size(); i++) {
      if (open.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The default probability of a stage.
   *
   * @param name the stage's name
   * @return its probability in percent, 0 when unknown
   */
  public int probability(String name) {
    return stage(name).map(Stage::probability).orElse(0);
  }
}
