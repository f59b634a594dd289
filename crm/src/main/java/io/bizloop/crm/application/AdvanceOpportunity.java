package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.domain.Pipeline;
import io.bizloop.crm.port.Opportunities;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves an open opportunity to any open stage, backwards too, recording the day. Rejections:
 * INVALID_INPUT (unknown stage, WON, LOST), UNKNOWN_REFERENCE, INVALID_STATE (closed).
 */
public final class AdvanceOpportunity implements UseCase<AdvanceOpportunity.Command, Void> {

  /**
   * Move an opportunity.
   *
   * @param opportunity the opportunity
   * @param stage an open stage (case-insensitive)
   * @param date business date
   */
  public record Command(@NotNull OpportunityId opportunity, @NotBlank String stage, @NotNull LocalDate date) {}

  private final Opportunities opportunities;
  private final Pipeline pipeline;

  /**
   * The use case over its port.
   *
   * @param opportunities the opportunities
   * @param pipeline the pipeline
   */
  public AdvanceOpportunity(Opportunities opportunities, Pipeline pipeline) {
    this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * Moves the opportunity.
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
                required(c.opportunity(), "opportunity"), OpenOpportunity.openStage(pipeline, c.stage()),
                required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Opportunity> found = opportunities.find(c.opportunity());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "opportunity " + c.opportunity() + " does not exist");
    }
    Opportunity opportunity = found.get();
    Outcome<Void> decision = opportunity.advance(pipeline.stage(c.stage()).orElseThrow(), c.date());
    return decision.isRejected() ? decision : opportunities.save(opportunity);
  }
}
