package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.optionalText;
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

/**
 * Disqualifies a NEW or QUALIFIED lead, with an optional reason. Rejections: INVALID_INPUT,
 * UNKNOWN_REFERENCE, INVALID_STATE.
 */
public final class DisqualifyLead implements UseCase<DisqualifyLead.Command, Void> {

  /**
   * Disqualify a lead. Build it with {@link #of} and add a reason by name.
   *
   * @param lead the lead
   * @param reason why, or {@code null}; at most 200 characters
   * @param date business date
   */
  public record Command(@NotNull LeadId lead, String reason, @NotNull LocalDate date) {

    /**
     * A disqualification without a reason.
     *
     * @param lead the lead
     * @param date business date
     * @return the command
     */
    public static Command of(LeadId lead, LocalDate date) {
      return new Command(lead, null, date);
    }

    /**
     * This command with a reason.
     *
     * @param why why the lead is disqualified
     * @return a copy with it
     */
    public Command reason(String why) {
      return new Command(lead, why, date);
    }
  }

  private final Leads leads;

  /**
   * The use case over its port.
   *
   * @param leads the leads
   */
  public DisqualifyLead(Leads leads) {
    this.leads = Objects.requireNonNull(leads, "leads");
  }

  /**
   * Disqualifies the lead.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE
   */
  @Override
  public Outcome<Void> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(required(c.lead(), "lead"), optionalText(c.reason(), "reason"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Lead> found = leads.find(c.lead());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "lead " + c.lead() + " does not exist");
    }
    Lead lead = found.get();
    Outcome<Void> decision = lead.disqualify(Shapes.blankToNull(c.reason()));
    return decision.isRejected() ? decision : leads.save(lead);
  }
}
