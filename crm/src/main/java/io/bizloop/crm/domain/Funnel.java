package io.bizloop.crm.domain;

import io.bizloop.core.Money;
import io.bizloop.core.OpportunityId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sales funnel: what is in each open stage, what was won and lost, and how opportunities
 * flow through the pipeline.
 *
 * <p>Rules: {@code weighted} per stage = Σ per-opportunity round(amount × probability / 100);
 * {@code weightedPipeline} = Σ of the stages' weighted amounts (design.md 15); {@code winRate}
 * = won / (won + lost), HALF_UP to 4 decimals, {@code null} when both are zero. Conversion from a
 * stage to the next (the last open stage converts to WON) = reached(next) / reached(stage), where
 * an opportunity reached a stage when the furthest stage in its history is that stage or a later
 * one (WON is beyond every open stage, LOST reaches nothing). Average days in a stage counts
 * finished stays only (entered and left again), HALF_UP to 2 decimals; the bottleneck is the
 * stage with the longest average. Learned probability per stage and lead source:
 * Laplace-smoothed (won + 1) / (won + lost + 2) over the closed opportunities that passed
 * through the stage, HALF_UP to 4 decimals, with the opportunities that moved it.
 *
 * @param stages the open stages in pipeline order
 * @param won won opportunities
 * @param lost lost opportunities
 * @param weightedPipeline Σ weighted over open stages, zero or positive
 * @param winRate won / (won + lost) between 0 and 1, or {@code null}
 * @param conversions stage-to-stage conversion
 * @param daysInStage average days in each open stage
 * @param bottleneck the open stage with the longest average stay, or {@code null}
 * @param learned learned win probabilities per stage and source (source {@code null} = all sources)
 */
public record Funnel(
    List<StageFigures> stages,
    Tally won,
    Tally lost,
    Money weightedPipeline,
    BigDecimal winRate,
    List<Conversion> conversions,
    List<StageDuration> daysInStage,
    String bottleneck,
    List<LearnedProbability> learned) {

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param stages the open stages
   * @param won won opportunities
   * @param lost lost opportunities
   * @param weightedPipeline Σ weighted over open stages
   * @param winRate the win rate, or {@code null}
   * @param conversions stage-to-stage conversion
   * @param daysInStage average days per open stage
   * @param bottleneck the slowest stage, or {@code null}
   * @param learned learned probabilities
   * @throws NullPointerException when a required part is missing
   */
  public Funnel {
    stages = List.copyOf(stages);
    Objects.requireNonNull(won, "won");
    Objects.requireNonNull(lost, "lost");
    Objects.requireNonNull(weightedPipeline, "weightedPipeline");
    conversions = List.copyOf(conversions);
    daysInStage = List.copyOf(daysInStage);
    learned = List.copyOf(learned);
  }

  /**
   * One open stage.
   *
   * @param stage its name
   * @param count open opportunities in it, zero or positive
   * @param amount Σ their amounts, zero or positive
   * @param weighted Σ round(amount × probability / 100), zero or positive
   */
  public record StageFigures(String stage, int count, Money amount, Money weighted) {}

  /**
   * A count with its amount.
   *
   * @param count how many, zero or positive
   * @param amount Σ their amounts, zero or positive
   */
  public record Tally(int count, Money amount) {}

  /**
   * Flow from one stage to the next.
   *
   * @param from the stage
   * @param to the next stage (or WON)
   * @param reachedFrom opportunities that reached {@code from}, zero or positive
   * @param reachedTo opportunities that reached {@code to}, at most reachedFrom
   * @param rate reachedTo / reachedFrom between 0 and 1, 4 decimals, or {@code null}
   */
  public record Conversion(String from, String to, int reachedFrom, int reachedTo, BigDecimal rate) {}

  /**
   * Time spent in a stage.
   *
   * @param stage the stage
   * @param stays finished stays counted, zero or positive
   * @param averageDays average length in days, zero or positive, 2 decimals, or {@code null}
   *     without stays
   */
  public record StageDuration(String stage, int stays, BigDecimal averageDays) {}

  /**
   * A win probability learned from history, beside the stage default.
   *
   * @param stage the stage passed through
   * @param source the lead source, or {@code null} for all sources
   * @param won won opportunities that passed through it
   * @param lost lost opportunities that passed through it
   * @param probability (won + 1) / (won + lost + 2), strictly between 0 and 1, 4 decimals
   * @param stageDefault the stage's default probability in percent
   * @param evidence the closed opportunities counted
   * @param explanation the facts in words
   */
  public record LearnedProbability(
      String stage, String source, int won, int lost, BigDecimal probability, int stageDefault,
      List<OpportunityId> evidence, String explanation) {
    /**
     * Keeps an unmodifiable copy of the evidence.
     *
     * @param stage the stage
     * @param source the lead source, or {@code null}
     * @param won won opportunities counted
     * @param lost lost opportunities counted
     * @param probability the learned probability
     * @param stageDefault the stage's default in percent
     * @param evidence the opportunities counted
     * @param explanation the facts in words
     */
    public LearnedProbability {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * The funnel of {@code opportunities} over {@code pipeline}.
   *
   * @param pipeline the stages and their default probabilities
   * @param opportunities all opportunities
   * @param currency the company currency (of the sums)
   * @return the funnel
   */
  public static Funnel of(Pipeline pipeline, List<Opportunity> opportunities, Currency currency) {
    Money zero = Money.zero(currency);
    List<StageFigures> stages = new ArrayList<>();
    Money weightedPipeline = zero;
    for (Pipeline.Stage stage : pipeline.openStages()) {
      int count = 0;
      Money amount = zero;
      Money weighted = zero;
      for (Opportunity o : opportunities) {
        if (o.status() == OpportunityStatus.OPEN && o.stage().equals(stage.name())) {
          count++;
          amount = amount.plus(o.amount());
          weighted = weighted.plus(o.weighted(pipeline));
        }
      }
      stages.add(new StageFigures(stage.name(), count, amount, weighted));
      weightedPipeline = weightedPipeline.plus(weighted);
    }
    Tally won = tally(opportunities, OpportunityStatus.WON, zero);
    Tally lost = tally(opportunities, OpportunityStatus.LOST, zero);
    return new Funnel(
        stages, won, lost, weightedPipeline, ratio(won.count(), won.count() + lost.count(), 4),
        conversions(pipeline, opportunities), durations(pipeline, opportunities), null, learned(pipeline, opportunities))
        .withBottleneck();
  }

  private Funnel withBottleneck() {
    String slowest = null;
    BigDecimal longest = null;
    for (StageDuration d : daysInStage) {
      if (d.averageDays() != null && (longest == null || d.averageDays().compareTo(longest) > 0)) {
        longest = d.averageDays();
        slowest = d.stage();
      }
    }
    return new Funnel(stages, won, lost, weightedPipeline, winRate, conversions, daysInStage, slowest, learned);
  }

  private static Tally tally(List<Opportunity> opportunities, OpportunityStatus status, Money zero) {
    int count = 0;
    Money amount = zero;
    for (Opportunity o : opportunities) {
      if (o.status() == status) {
        count++;
        amount = amount.plus(o.amount());
      }
    }
    return new Tally(count, amount);
  }

  private static BigDecimal ratio(int part, int whole, int scale) {
    if (whole == 0) {
      return null;
    }
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
  }

  private static int furthest(Pipeline pipeline, Opportunity o) {
    int best = -1;
    for (StageEntry entry : o.history()) {
      best = Math.max(best, pipeline.rank(entry.stage()));
    }
    return best;
  }

  private static List<Conversion> conversions(Pipeline pipeline, List<Opportunity> opportunities) {
    List<String> names = new ArrayList<>(pipeline.openStages().stream().map(Pipeline.Stage::name).toList());
    names.add(Pipeline.WON);
    int[] reached = new int[names.size()];
    for (Opportunity o : opportunities) {
      int far = furthest(pipeline, o);
      for (int i = 0; i <= far && i < reached.length; i++) {
        reached[i]++;
      }
    }
    List<Conversion> result = new ArrayList<>();
    for (int i = 0; i + 1 < names.size(); i++) {
      result.add(
          new Conversion(names.get(i), names.get(i + 1), reached[i], reached[i + 1], ratio(reached[i + 1], reached[i], 4)));
    }
    return result;
  }

  private static List<StageDuration> durations(Pipeline pipeline, List<Opportunity> opportunities) {
    List<StageDuration> result = new ArrayList<>();
    for (Pipeline.Stage stage : pipeline.openStages()) {
      int stays = 0;
      long days = 0;
      for (Opportunity o : opportunities) {
        List<StageEntry> history = o.history();
        for (int i = 0; i + 1 < history.size(); i++) {
          if (history.get(i).stage().equals(stage.name())) {
            stays++;
            days += ChronoUnit.DAYS.between(history.get(i).enteredOn(), history.get(i + 1).enteredOn());
          }
        }
      }
      BigDecimal average =
          stays == 0 ? null : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(stays), 2, RoundingMode.HALF_UP);
      result.add(new StageDuration(stage.name(), stays, average));
    }
    return result;
  }

  private static List<LearnedProbability> learned(Pipeline pipeline, List<Opportunity> opportunities) {
    Set<String> sources = new LinkedHashSet<>();
    sources.add(null);
    opportunities.forEach(o -> o.source().ifPresent(sources::add));
    List<LearnedProbability> result = new ArrayList<>();
    for (Pipeline.Stage stage : pipeline.openStages()) {
      for (String source : sources) {
        int won = 0;
        int lost = 0;
        List<OpportunityId> evidence = new ArrayList<>();
        for (Opportunity o : opportunities) {
          if (!o.closed() || (source != null && !source.equals(o.source().orElse(null)))) {
            continue;
          }
          boolean passed = o.history().stream().anyMatch(e -> e.stage().equals(stage.name()));
          if (!passed) {
            continue;
          }
          evidence.add(o.id());
          if (o.status() == OpportunityStatus.WON) {
            won++;
          } else {
            lost++;
          }
        }
        BigDecimal probability = ratio(won + 1, won + lost + 2, 4);
        String who = source == null ? "all sources" : "source " + source;
        String explanation =
            won + " won and " + lost + " lost of the closed opportunities from " + who + " that passed through "
                + stage.name() + " " + evidence + ": (" + won + " + 1) / (" + (won + lost) + " + 2) = "
                + probability.toPlainString() + ", stage default " + stage.probability() + " %";
        result.add(new LearnedProbability(stage.name(), source, won, lost, probability, stage.probability(), evidence,
            explanation));
      }
    }
    return result;
  }
}
