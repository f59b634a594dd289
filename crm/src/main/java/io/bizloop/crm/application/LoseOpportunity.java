package io.bizloop.crm.application;

import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/** Closes an opportunity as lost, with a reason. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (closed). */
public final class LoseOpportunity extends UseCase<LoseOpportunity.Command, Void> {

  /**
   * @param opportunity the opportunity
   * @param reason why, required
   * @param date business date
   */
  public record Command(@NotNull OpportunityId opportunity, @NotBlank String reason, @NotNull LocalDate date) {}

  LoseOpportunity(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.opportunity(), "opportunity"), text(c.reason(), "reason"), date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    return onExisting(
        ctx.opportunities().find(c.opportunity()),
        "opportunity " + c.opportunity(),
        opportunity -> opportunity.lose(c.reason(), c.date()),
        ctx.opportunities()::save);
  }
}
