package io.bizloop.crm.application;

import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Overrides an open opportunity's win probability for its current stage (0..100), or clears the
 * override with {@code null}; moving to another stage clears it too. Rejections: INVALID_INPUT,
 * UNKNOWN_REFERENCE, INVALID_STATE (closed).
 */
public final class OverrideProbability extends UseCase<OverrideProbability.Command, Void> {

  /**
   * @param opportunity the opportunity
   * @param probability percent 0..100, or {@code null} to use the stage's default again
   * @param date business date
   */
  public record Command(@NotNull OpportunityId opportunity, @Min(0) @Max(100) Integer probability, @NotNull LocalDate date) {}

  OverrideProbability(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    Optional<Rejection> range =
        c.probability() != null && (c.probability() < 0 || c.probability() > 100)
            ? invalid("probability " + c.probability() + " is outside 0..100")
            : Optional.empty();
    return first(required(c.opportunity(), "opportunity"), range, date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    return onExisting(
        ctx.opportunities().find(c.opportunity()),
        "opportunity " + c.opportunity(),
        opportunity -> opportunity.overrideProbability(c.probability()),
        ctx.opportunities()::save);
  }
}
