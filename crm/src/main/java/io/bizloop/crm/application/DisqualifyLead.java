package io.bizloop.crm.application;

import io.bizloop.core.LeadId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Disqualifies a NEW or QUALIFIED lead, with an optional reason. Rejections: INVALID_INPUT,
 * UNKNOWN_REFERENCE, INVALID_STATE.
 */
public final class DisqualifyLead extends UseCase<DisqualifyLead.Command, Void> {

  /**
   * @param lead the lead
   * @param reason optional
   * @param date business date
   */
  public record Command(@NotNull LeadId lead, String reason, @NotNull LocalDate date) {}

  DisqualifyLead(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.lead(), "lead"), date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    return onExisting(
        ctx.leads().find(c.lead()),
        "lead " + c.lead(),
        lead -> lead.disqualify(RegisterCustomer.blankToNull(c.reason())),
        ctx.leads()::save);
  }
}
