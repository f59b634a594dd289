package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;
import static io.bizloop.crm.application.Shapes.text;

import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.port.Opportunities;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Closes an opportunity as lost, with a reason. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (closed). */
public final class LoseOpportunity implements UseCase<LoseOpportunity.Command, Void> {

  /**
   * Lose an opportunity.
   *
   * @param opportunity the opportunity
   * @param reason why, non-blank, at most 200 characters
   * @param date business date
   */
  public record Command(@NotNull OpportunityId opportunity, @NotBlank String reason, @NotNull LocalDate date) {}

  private final Opportunities opportunities;

  /**
   * The use case over its port.
   *
   * @param opportunities the opportunities
   */
  public LoseOpportunity(Opportunities opportunities) {
    this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
  }

  /**
   * Loses the opportunity.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE
   */
  @Override
  public Outcome<Void> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(required(c.opportunity(), "opportunity"), text(c.reason(), "reason"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Opportunity> found = opportunities.find(c.opportunity());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "opportunity " + c.opportunity() + " does not exist");
    }
    Opportunity opportunity = found.get();
    Outcome<Void> decision = opportunity.lose(c.reason(), c.date());
    return decision.isRejected() ? decision : opportunities.save(opportunity);
  }
}
