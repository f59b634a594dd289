package io.bizloop.crm.domain;

import static io.bizloop.core.RejectionCode.INVALID_STATE;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.SalesOrderId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A chance to sell an amount to a customer, moving through the pipeline.
 *
 * <p>Invariants (design.md 14): its probability is its stage's unless overridden for the current
 * stage (an override lasts until the stage changes); {@code WON} = 100, {@code LOST} = 0; a closed
 * opportunity cannot move ({@code INVALID_STATE}); the history records the day it entered each stage.
 */
public final class Opportunity {

  /**
   * The stored state.
   *
   * @param id the opportunity
   * @param customer whose it is
   * @param name optional title
   * @param amount the expected amount, positive
   * @param stage the current stage name (an open stage, {@code WON} or {@code LOST})
   * @param probabilityOverride an override for the current stage in percent, or {@code null}
   * @param history the stages entered, oldest first
   * @param source the source of the lead it came from, or {@code null}
   * @param order the sales order it became, or {@code null}
   * @param lostReason why it was lost, or {@code null}
   * @param openedOn business date it was opened
   * @param version optimistic-locking version
   */
  public record Snapshot(
      OpportunityId id,
      CustomerId customer,
      String name,
      Money amount,
      String stage,
      Integer probabilityOverride,
      List<StageEntry> history,
      String source,
      SalesOrderId order,
      String lostReason,
      LocalDate openedOn,
      long version) {
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(stage, "stage");
      history = List.copyOf(history);
      Objects.requireNonNull(openedOn, "openedOn");
    }

    public Snapshot withVersion(long next) {
      return new Snapshot(
          id, customer, name, amount, stage, probabilityOverride, history, source, order, lostReason, openedOn, next);
    }
  }

  private final OpportunityId id;
  private final CustomerId customer;
  private final String name;
  private final Money amount;
  private String stage;
  private Integer probabilityOverride;
  private final List<StageEntry> history;
  private final String source;
  private SalesOrderId order;
  private String lostReason;
  private final LocalDate openedOn;
  private final long version;

  private Opportunity(Snapshot s) {
    id = s.id();
    customer = s.customer();
    name = s.name();
    amount = s.amount();
    stage = s.stage();
    probabilityOverride = s.probabilityOverride();
    history = new ArrayList<>(s.history());
    source = s.source();
    order = s.order();
    lostReason = s.lostReason();
    openedOn = s.openedOn();
    version = s.version();
  }

  /** A new open opportunity in {@code stage} (an open stage). */
  public static Opportunity open(
      OpportunityId id, CustomerId customer, String name, Money amount, Pipeline.Stage stage, String source,
      LocalDate date) {
    if (stage.closed()) {
      throw new IllegalArgumentException("an opportunity opens in an open stage");
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("an opportunity's amount must be positive");
    }
    return new Opportunity(
        new Snapshot(
            id, customer, name, amount, stage.name(), null, List.of(new StageEntry(stage.name(), date)), source, null,
            null, date, 0));
  }

  public static Opportunity restore(Snapshot snapshot) {
    return new Opportunity(snapshot);
  }

  public Snapshot snapshot() {
    return new Snapshot(
        id, customer, name, amount, stage, probabilityOverride, history, source, order, lostReason, openedOn, version);
  }

  /** Moves to another open stage (backwards too); a closed opportunity cannot move. */
  public Outcome<Void> advance(Pipeline.Stage to, LocalDate date) {
    if (to.closed()) {
      throw new IllegalArgumentException("WON and LOST are reached by win and lose only");
    }
    if (closed()) {
      return rejectClosed("move to " + to.name());
    }
    if (!to.name().equals(stage)) {
      stage = to.name();
      probabilityOverride = null;
      history.add(new StageEntry(stage, date));
    }
    return Outcome.done();
  }

  /** Closes as won, optionally with the order it became. */
  public Outcome<Void> win(SalesOrderId becameOrder, LocalDate date) {
    if (closed()) {
      return rejectClosed("win");
    }
    stage = Pipeline.WON;
    probabilityOverride = null;
    order = becameOrder;
    history.add(new StageEntry(stage, date));
    return Outcome.done();
  }

  /** Closes as lost, with a reason. */
  public Outcome<Void> lose(String reason, LocalDate date) {
    if (closed()) {
      return rejectClosed("lose");
    }
    stage = Pipeline.LOST;
    probabilityOverride = null;
    lostReason = reason;
    history.add(new StageEntry(stage, date));
    return Outcome.done();
  }

  /** Overrides the probability of the current stage (0..100), or clears the override with {@code null}. */
  public Outcome<Void> overrideProbability(Integer percent) {
    if (percent != null && (percent < 0 || percent > 100)) {
      throw new IllegalArgumentException("probability " + percent + " is outside 0..100");
    }
    if (closed()) {
      return rejectClosed("change its probability");
    }
    probabilityOverride = percent;
    return Outcome.done();
  }

  private Outcome<Void> rejectClosed(String what) {
    return Outcome.rejected(INVALID_STATE, "opportunity " + id + " is closed (" + stage + "), cannot " + what);
  }

  public OpportunityStatus status() {
    return switch (stage) {
      case Pipeline.WON -> OpportunityStatus.WON;
      case Pipeline.LOST -> OpportunityStatus.LOST;
      default -> OpportunityStatus.OPEN;
    };
  }

  public boolean closed() {
    return status() != OpportunityStatus.OPEN;
  }

  /** Its win probability in percent: 100 won, 0 lost, the override, else the stage's default. */
  public int probability(Pipeline pipeline) {
    return switch (status()) {
      case WON -> 100;
      case LOST -> 0;
      case OPEN -> probabilityOverride != null ? probabilityOverride : pipeline.probability(stage);
    };
  }

  /** round(amount × probability / 100), HALF_UP to the minor unit. */
  public Money weighted(Pipeline pipeline) {
    return amount.times(BigDecimal.valueOf(probability(pipeline), 2));
  }

  public OpportunityId id() {
    return id;
  }

  public CustomerId customer() {
    return customer;
  }

  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  public Money amount() {
    return amount;
  }

  public String stage() {
    return stage;
  }

  public Optional<Integer> probabilityOverride() {
    return Optional.ofNullable(probabilityOverride);
  }

  public List<StageEntry> history() {
    return List.copyOf(history);
  }

  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  public Optional<SalesOrderId> order() {
    return Optional.ofNullable(order);
  }

  public Optional<String> lostReason() {
    return Optional.ofNullable(lostReason);
  }

  public LocalDate openedOn() {
    return openedOn;
  }

  public long version() {
    return version;
  }
}
