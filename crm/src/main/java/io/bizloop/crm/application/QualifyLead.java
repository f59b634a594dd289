package io.bizloop.crm.application;

import io.bizloop.core.LeadId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.crm.domain.Lead;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/** Qualifies a NEW lead. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (not NEW). */
public final class QualifyLead extends UseCase<QualifyLead.Command, Void> {

  /**
   * @param lead the lead
   * @param date business date
   */
  public record Command(@NotNull LeadId lead, @NotNull LocalDate date) {}

  QualifyLead(CrmContext ctx) {
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
        Lead::qualify,
        ctx.leads()::save);
  }
}
