package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.domain.Opportunity;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Converts a NEW or QUALIFIED lead into a customer (an existing one, or a new one named after the
 * lead's company, else its name, publishing CustomerRegistered) and an opportunity at the first
 * stage of the pipeline. Check order: INVALID_INPUT (amount ≤ 0 or too many decimals),
 * DUPLICATE_ID (opportunity), UNKNOWN_REFERENCE (lead), INVALID_STATE (not NEW / QUALIFIED).
 */
public final class ConvertLead extends UseCase<ConvertLead.Command, ConvertLead.Converted> {

  /**
   * @param lead the lead
   * @param customer a new customer id, or an existing customer
   * @param opportunity the new opportunity's id
   * @param amount the opportunity's amount, positive, at most the currency's decimals
   * @param opportunityName optional
   * @param date business date
   */
  public record Command(
      @NotNull LeadId lead, @NotNull CustomerId customer, @NotNull OpportunityId opportunity,
      @NotNull @Positive BigDecimal amount, String opportunityName, @NotNull LocalDate date) {}

  /**
   * What the lead became.
   *
   * @param customer the customer
   * @param opportunity the opportunity
   * @param newCustomer whether the customer was created by this conversion
   */
  public record Converted(CustomerId customer, OpportunityId opportunity, boolean newCustomer) {}

  ConvertLead(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(
        required(c.lead(), "lead"), required(c.customer(), "customer"), required(c.opportunity(), "opportunity"),
        positiveMoney(c.amount(), "opportunity amount"), date(c.date()));
  }

  @Override
  Outcome<Converted> decide(Command c) {
    if (ctx.opportunities().exists(c.opportunity())) {
      return Outcome.rejected(DUPLICATE_ID, "opportunity " + c.opportunity() + " already exists");
    }
    Optional<Lead> found = ctx.leads().find(c.lead());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "lead " + c.lead() + " does not exist");
    }
    Lead lead = found.get();
    if (!lead.convertible()) {
      return Outcome.rejected(
          INVALID_STATE, "lead " + c.lead() + " is " + lead.status() + ", only a NEW or QUALIFIED lead converts");
    }
    boolean newCustomer = !ctx.customers().exists(c.customer());
    List<BusinessEvent> events = List.of();
    if (newCustomer) {
      events = RegisterCustomer.register(ctx, c.customer(), lead.customerName(), null, null, c.date()).events();
    }
    Opportunity opportunity =
        Opportunity.open(
            c.opportunity(), c.customer(), RegisterCustomer.blankToNull(c.opportunityName()), money(c.amount()),
            ctx.pipeline().first(), lead.source().orElse(null), c.date());
    Outcome<Void> converted = lead.convert(c.customer(), c.opportunity());
    if (converted.isRejected()) {
      return Outcome.rejected(converted.rejection());
    }
    saved(ctx.opportunities().save(opportunity), "opportunity " + c.opportunity());
    saved(ctx.leads().save(lead), "lead " + c.lead());
    return publish(Outcome.accepted(new Converted(c.customer(), c.opportunity(), newCustomer), events));
  }
}
