package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.optionalText;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.Money;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.domain.Pipeline;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.Leads;
import io.bizloop.crm.port.Opportunities;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts a NEW or QUALIFIED lead into a customer (an existing one, or a new one named after the
 * lead's company, else its name, publishing CustomerRegistered) and an opportunity at the first
 * stage of the pipeline. Check order: INVALID_INPUT (amount ≤ 0, too many decimals or too large),
 * DUPLICATE_ID (opportunity), UNKNOWN_REFERENCE (lead), INVALID_STATE (not NEW / QUALIFIED).
 */
public final class ConvertLead implements UseCase<ConvertLead.Command, ConvertLead.Converted> {

  /**
   * Convert a lead. Build it with {@link #of} and name the opportunity by name if wanted.
   *
   * @param lead the lead
   * @param customer a new customer id, or an existing customer
   * @param opportunity the new opportunity's id
   * @param amount the opportunity's amount: positive, at most 1 000 000 000 000, at most the
   *     currency's decimals
   * @param opportunityName the opportunity's title, or {@code null}
   * @param date business date
   */
  public record Command(
      @NotNull LeadId lead, @NotNull CustomerId customer, @NotNull OpportunityId opportunity,
      @NotNull @Positive BigDecimal amount, String opportunityName, @NotNull LocalDate date) {

    /**
     * A conversion whose opportunity has no title.
     *
     * @param lead the lead
     * @param customer a new customer id, or an existing customer
     * @param opportunity the new opportunity's id
     * @param amount the opportunity's amount
     * @param date business date
     * @return the command
     */
    public static Command of(
        LeadId lead, CustomerId customer, OpportunityId opportunity, BigDecimal amount, LocalDate date) {
      return new Command(lead, customer, opportunity, amount, null, date);
    }

    /**
     * A conversion whose opportunity has no title, the amount written as text.
     *
     * @param lead the lead
     * @param customer a new customer id, or an existing customer
     * @param opportunity the new opportunity's id
     * @param amount the opportunity's amount, e.g. {@code "1000.00"}
     * @param date business date
     * @return the command
     * @throws NumberFormatException when {@code amount} is not a decimal number
     */
    public static Command of(
        LeadId lead, CustomerId customer, OpportunityId opportunity, String amount, LocalDate date) {
      return of(lead, customer, opportunity, new BigDecimal(amount), date);
    }

    /**
     * This command with a title for the opportunity.
     *
     * @param name the opportunity's title
     * @return a copy with it
     */
    public Command opportunityName(String name) {
      return new Command(lead, customer, opportunity, amount, name, date);
    }
  }

  /**
   * What the lead became.
   *
   * @param customer the customer
   * @param opportunity the opportunity
   * @param newCustomer whether the customer was created by this conversion
   */
  public record Converted(CustomerId customer, OpportunityId opportunity, boolean newCustomer) {}

  private final Leads leads;
  private final Customers customers;
  private final Opportunities opportunities;
  private final EventPublisher publisher;
  private final Pipeline pipeline;
  private final Currency currency;

  /**
   * The use case over its ports.
   *
   * @param leads the leads
   * @param customers the customers
   * @param opportunities the opportunities
   * @param publisher where CustomerRegistered goes
   * @param pipeline the pipeline (new opportunities start in its first stage)
   * @param settings the company settings (its currency)
   */
  public ConvertLead(
      Leads leads, Customers customers, Opportunities opportunities, EventPublisher publisher, Pipeline pipeline,
      CrmSettings settings) {
    this.leads = Objects.requireNonNull(leads, "leads");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.currency = Objects.requireNonNull(settings, "settings").currency();
  }

  /**
   * Converts the lead.
   *
   * @param c the command
   * @return what it became; INVALID_INPUT, DUPLICATE_ID, UNKNOWN_REFERENCE, INVALID_STATE
   */
  @Override
  public Outcome<Converted> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(
                required(c.lead(), "lead"), required(c.customer(), "customer"),
                required(c.opportunity(), "opportunity"), Shapes.amount(c.amount(), currency, "opportunity amount"),
                optionalText(c.opportunityName(), "opportunity name"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (opportunities.exists(c.opportunity())) {
      return Outcome.rejected(DUPLICATE_ID, "opportunity " + c.opportunity() + " already exists");
    }
    Optional<Lead> found = leads.find(c.lead());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "lead " + c.lead() + " does not exist");
    }
    Lead lead = found.get();
    if (!lead.convertible()) {
      return Outcome.rejected(
          INVALID_STATE, "lead " + c.lead() + " is " + lead.status() + ", only a NEW or QUALIFIED lead converts");
    }
    Outcome<Void> converted = lead.convert(c.customer(), c.opportunity());
    if (converted.isRejected()) {
      return converted.rejectedAs();
    }
    boolean newCustomer = !customers.exists(c.customer());
    List<BusinessEvent> events = List.of();
    if (newCustomer) {
      Outcome<CustomerId> registered =
          RegisterCustomer.register(
              customers, currency, RegisterCustomer.Profile.named(c.customer(), lead.customerName()), c.date());
      if (registered.isRejected()) {
        return registered.rejectedAs();
      }
      events = registered.events();
    }
    Opportunity opportunity =
        Opportunity.open(
            c.opportunity(), c.customer(), Shapes.blankToNull(c.opportunityName()), Money.of(c.amount(), currency),
            pipeline.first(), lead.source().orElse(null), c.date());
    Outcome<Void> saved = opportunities.save(opportunity);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    saved = leads.save(lead);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return publisher.publishEventsOf(
        Outcome.accepted(new Converted(c.customer(), c.opportunity(), newCustomer), events));
  }
}
