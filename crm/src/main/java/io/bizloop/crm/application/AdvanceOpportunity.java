package io.bizloop.crm.application;

import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Moves an open opportunity to any open stage, backwards too, recording the day. Rejections:
 * INVALID_INPUT (unknown stage, WON, LOST), UNKNOWN_REFERENCE, INVALID_STATE (closed).
 */
public final class AdvanceOpportunity extends UseCase<AdvanceOpportunity.Command, Void> {

  /**
   * @param opportunity the opportunity
   * @param stage an open stage
   * @param date business date
   */
  public record Command(@NotNull OpportunityId opportunity, @NotBlank String stage, @NotNull LocalDate date) {}

  AdvanceOpportunity(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(
        required(c.opportunity(), "opportunity"), OpenOpportunity.openStage(ctx.pipeline(), c.stage(), false),
        date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    return onExisting(
        ctx.opportunities().find(c.opportunity()),
        "opportunity " + c.opportunity(),
        opportunity -> opportunity.advance(ctx.pipeline().stage(c.stage()).orElseThrow(), c.date()),
        ctx.opportunities()::save);
  }
}
