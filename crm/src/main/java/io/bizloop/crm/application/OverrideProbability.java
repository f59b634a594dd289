package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.port.Opportunities;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Overrides an open opportunity's win probability for its current stage (0..100), or clears the
 * override; moving to another stage clears it too. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE,
 * INVALID_STATE (closed).
 */
public final class OverrideProbability implements UseCase<OverrideProbability.Command, Void> {

  /**
   * Override or clear a probability. Build it with {@link #set} or {@link #clear}.
   *
   * @param opportunity the opportunity
   * @param probability percent 0..100, or {@code null} to use the stage's default again
   * @param date business date
   */
  public record Command(
      @NotNull OpportunityId opportunity, @Min(0) @Max(100) Integer probability, @NotNull LocalDate date) {

    /**
     * Overrides the probability.
     *
     * @param opportunity the opportunity
     * @param percent 0..100
     * @param date business date
     * @return the command
     */
    public static Command set(OpportunityId opportunity, int percent, LocalDate date) {
      return new Command(opportunity, percent, date);
    }

    /**
     * Clears the override: the stage's default applies again.
     *
     * @param opportunity the opportunity
     * @param date business date
     * @return the command
     */
    public static Command clear(OpportunityId opportunity, LocalDate date) {
      return new Command(opportunity, null, date);
    }
  }

  private final Opportunities opportunities;

  /**
   * The use case over its port.
   *
   * @param opportunities the opportunities
   */
  public OverrideProbability(Opportunities opportunities) {
    this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
  }

  /**
   * Overrides or clears the probability.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE
   */
  @Override
  public Outcome<Void> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(
                required(c.opportunity(), "opportunity"),
                c.probability() != null && (c.probability() < 0 || c.probability() > 100)
                    ? Shapes.invalid("probability " + c.probability() + " is outside 0..100")
                    : Optional.empty(),
                required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Opportunity> found = opportunities.find(c.opportunity());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "opportunity " + c.opportunity() + " does not exist");
    }
    Opportunity opportunity = found.get();
    Outcome<Void> decision = opportunity.overrideProbability(c.probability());
    return decision.isRejected() ? decision : opportunities.save(opportunity);
  }
}
