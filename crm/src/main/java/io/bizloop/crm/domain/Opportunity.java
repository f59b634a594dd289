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
    /**
     * Checks the required parts.
     *
     * @param id its id
     * @param customer the customer
     * @param name its name
     * @param amount its expected amount, positive
     * @param stage its current stage name
     * @param probabilityOverride the override of its current stage's probability, in percent
     * @param history the stages it entered, oldest first
     * @param source the source of the lead it came from
     * @param order the sales order
     * @param lostReason why it was lost
     * @param openedOn the business date it was opened
     * @param version the optimistic-locking version it was loaded with
     * @throws NullPointerException when a required part is missing
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(customer, "customer");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(stage, "stage");
      history = List.copyOf(history);
      Objects.requireNonNull(openedOn, "openedOn");
    }

    /**
     * This state with another version.
     *
     * @param next the version
     * @return a copy with it
     */
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

  /**
   * A new open opportunity in {@code stage}.
   *
   * @param id its id
   * @param customer whose it is
   * @param name its title, or {@code null}
   * @param amount its expected amount, positive
   * @param stage an open stage
   * @param source the source of the lead it came from, or {@code null}
   * @param date business date
   * @return the opportunity
   * @throws IllegalArgumentException for a closed stage or an amount that is not positive
   */
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

  /**
   * Rebuilds it from stored state.
   *
   * @param snapshot what was stored
   * @return the aggregate
   */
  public static Opportunity restore(Snapshot snapshot) {
    return new Opportunity(snapshot);
  }

  /**
   * Its state, to store.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(
        id, customer, name, amount, stage, probabilityOverride, history, source, order, lostReason, openedOn, version);
  }

  /**
   * Moves to another open stage (backwards too); the day is recorded and an override cleared.
   *
   * @param to an open stage
   * @param date business date
   * @return done; INVALID_STATE when closed
   * @throws IllegalArgumentException for WON or LOST (reached by win and lose only)
   */
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

  /**
   * Closes as won without naming an order.
   *
   * @param date business date
   * @return done; INVALID_STATE when already closed
   */
  public Outcome<Void> win(LocalDate date) {
    if (closed()) {
      return rejectClosed("win");
    }
    close(Pipeline.WON, null, date);
    return Outcome.done();
  }

  /**
   * Closes as won, naming the sales order it became: the order must belong to this
   * opportunity's customer and must not be cancelled.
   *
   * @param becameOrder the order it became
   * @param date business date
   * @return done; INVALID_STATE when already closed, when the order belongs to another customer
   *     or when it is cancelled
   */
  public Outcome<Void> win(SalesOrder becameOrder, LocalDate date) {
    Objects.requireNonNull(becameOrder, "order");
    if (closed()) {
      return rejectClosed("win");
    }
    if (!becameOrder.customer().equals(customer)) {
      return Outcome.rejected(
          INVALID_STATE,
          "order " + becameOrder.id() + " belongs to customer " + becameOrder.customer() + ", opportunity " + id
              + " to " + customer);
    }
    if (becameOrder.status() == SalesOrderStatus.CANCELLED) {
      return Outcome.rejected(INVALID_STATE, "order " + becameOrder.id() + " is CANCELLED and cannot win opportunity " + id);
    }
    close(Pipeline.WON, becameOrder.id(), date);
    return Outcome.done();
  }

  private void close(String closingStage, SalesOrderId becameOrder, LocalDate date) {
    stage = closingStage;
    probabilityOverride = null;
    order = becameOrder;
    history.add(new StageEntry(stage, date));
  }

  /**
   * Closes as lost, with a reason.
   *
   * @param reason why
   * @param date business date
   * @return done; INVALID_STATE when already closed
   */
  public Outcome<Void> lose(String reason, LocalDate date) {
    if (closed()) {
      return rejectClosed("lose");
    }
    lostReason = reason;
    close(Pipeline.LOST, null, date);
    return Outcome.done();
  }

  /**
   * Overrides the probability of the current stage, or clears the override.
   *
   * @param percent 0..100, or {@code null} to clear it
   * @return done; INVALID_STATE when closed
   * @throws IllegalArgumentException for a percent outside 0..100
   */
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

  /**
   * Whether it is open, won or lost.
   *
   * @return its status
   */
  public OpportunityStatus status() {
    return switch (stage) {
      case Pipeline.WON -> OpportunityStatus.WON;
      case Pipeline.LOST -> OpportunityStatus.LOST;
      default -> OpportunityStatus.OPEN;
    };
  }

  /**
   * Whether it is WON or LOST.
   *
   * @return whether it is WON or LOST
   */
  public boolean closed() {
    return status() != OpportunityStatus.OPEN;
  }

  /**
   * Its win probability in percent: 100 won, 0 lost, the override, else the stage's default.
   *
   * @param pipeline the pipeline (stage defaults)
   * @return the probability, 0..100
   */
  public int probability(Pipeline pipeline) {
    return switch (status()) {
      case WON -> 100;
      case LOST -> 0;
      case OPEN -> probabilityOverride != null ? probabilityOverride : pipeline.probability(stage);
    };
  }

  /**
   * round(amount × probability / 100), HALF_UP to the minor unit.
   *
   * @param pipeline the pipeline (stage defaults)
   * @return the weighted amount, zero or positive
   */
  public Money weighted(Pipeline pipeline) {
    return amount.times(BigDecimal.valueOf(probability(pipeline), 2));
  }

  /**
   * Its id.
   *
   * @return its id
   */
  public OpportunityId id() {
    return id;
  }

  /**
   * The customer.
   *
   * @return the customer
   */
  public CustomerId customer() {
    return customer;
  }

  /**
   * Its name.
   *
   * @return its name, or empty
   */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /**
   * Its expected amount, positive.
   *
   * @return its expected amount, positive
   */
  public Money amount() {
    return amount;
  }

  /**
   * Its current stage name.
   *
   * @return its current stage name
   */
  public String stage() {
    return stage;
  }

  /**
   * The override of its current stage's probability, in percent.
   *
   * @return the override of its current stage's probability, in percent, or empty
   */
  public Optional<Integer> probabilityOverride() {
    return Optional.ofNullable(probabilityOverride);
  }

  /**
   * The stages it entered, oldest first.
   *
   * @return the stages it entered, oldest first
   */
  public List<StageEntry> history() {
    return List.copyOf(history);
  }

  /**
   * The source of the lead it came from.
   *
   * @return the source of the lead it came from, or empty
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * The sales order.
   *
   * @return the sales order, or empty
   */
  public Optional<SalesOrderId> order() {
    return Optional.ofNullable(order);
  }

  /**
   * Why it was lost.
   *
   * @return why it was lost, or empty
   */
  public Optional<String> lostReason() {
    return Optional.ofNullable(lostReason);
  }

  /**
   * The business date it was opened.
   *
   * @return the business date it was opened
   */
  public LocalDate openedOn() {
    return openedOn;
  }

  /**
   * The optimistic-locking version it was loaded with.
   *
   * @return the optimistic-locking version it was loaded with
   */
  public long version() {
    return version;
  }
}
