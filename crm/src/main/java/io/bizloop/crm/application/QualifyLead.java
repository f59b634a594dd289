package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.LeadId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.port.Leads;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Qualifies a NEW lead. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (not NEW). */
public final class QualifyLead implements UseCase<QualifyLead.Command, Void> {

  /**
   * Qualify a lead.
   *
   * @param lead the lead
   * @param date business date
   */
  public record Command(@NotNull LeadId lead, @NotNull LocalDate date) {}

  private final Leads leads;

  /**
   * The use case over its port.
   *
   * @param leads the leads
   */
  public QualifyLead(Leads leads) {
    this.leads = Objects.requireNonNull(leads, "leads");
  }

  /**
   * Qualifies the lead.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE
   */
  @Override
  public Outcome<Void> handle(Command c) {
    Optional<Rejection> invalid =
        c == null ? Shapes.invalid("command is missing") : first(required(c.lead(), "lead"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Lead> found = leads.find(c.lead());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "lead " + c.lead() + " does not exist");
    }
    Lead lead = found.get();
    Outcome<Void> decision = lead.qualify();
    return decision.isRejected() ? decision : leads.save(lead);
  }
}
