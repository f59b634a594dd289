package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.crm.application.Shapes.blankToNull;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.optionalText;
import static io.bizloop.crm.application.Shapes.required;
import static io.bizloop.crm.application.Shapes.text;

import io.bizloop.core.LeadId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.Leads;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Captures a lead. Answers the possible duplicates (other leads with the same phone, email or
 * company, customers named like its company; case-insensitive) but never refuses for them.
 * Rejections: INVALID_INPUT, DUPLICATE_ID.
 */
public final class CaptureLead implements UseCase<CaptureLead.Command, List<PossibleDuplicate>> {

  /**
   * Capture a lead. Build it with {@link #of} and add the optional contact data by name.
   *
   * @param id the new lead's id
   * @param name the person's name, at most 200 characters
   * @param company the company, or {@code null}
   * @param source where the lead came from (web, fair ...), or {@code null}
   * @param phone a phone number, or {@code null}
   * @param email an email address, or {@code null}
   * @param date business date
   */
  public record Command(
      @NotNull LeadId id, @NotBlank String name, String company, String source, String phone, String email,
      @NotNull LocalDate date) {

    /**
     * A lead with a name only.
     *
     * @param id the new lead's id
     * @param name the person's name
     * @param date business date
     * @return the command
     */
    public static Command of(LeadId id, String name, LocalDate date) {
      return new Command(id, name, null, null, null, null, date);
    }

    /**
     * This command with a company.
     *
     * @param newCompany the company's name
     * @return a copy with it
     */
    public Command company(String newCompany) {
      return new Command(id, name, newCompany, source, phone, email, date);
    }

    /**
     * This command with a source.
     *
     * @param newSource where the lead came from
     * @return a copy with it
     */
    public Command source(String newSource) {
      return new Command(id, name, company, newSource, phone, email, date);
    }

    /**
     * This command with a phone number.
     *
     * @param newPhone the phone number
     * @return a copy with it
     */
    public Command phone(String newPhone) {
      return new Command(id, name, company, source, newPhone, email, date);
    }

    /**
     * This command with an email address.
     *
     * @param newEmail the email address
     * @return a copy with it
     */
    public Command email(String newEmail) {
      return new Command(id, name, company, source, phone, newEmail, date);
    }
  }

  private final Leads leads;
  private final Customers customers;

  /**
   * The use case over its ports.
   *
   * @param leads the leads
   * @param customers the customers (searched for duplicates)
   */
  public CaptureLead(Leads leads, Customers customers) {
    this.leads = Objects.requireNonNull(leads, "leads");
    this.customers = Objects.requireNonNull(customers, "customers");
  }

  /**
   * Captures the lead.
   *
   * @param c the command
   * @return the possible duplicates, possibly none; INVALID_INPUT, DUPLICATE_ID
   */
  @Override
  public Outcome<List<PossibleDuplicate>> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(
                required(c.id(), "lead id"), text(c.name(), "lead name"), optionalText(c.company(), "company"),
                optionalText(c.source(), "source"), optionalText(c.phone(), "phone"),
                optionalText(c.email(), "email"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (leads.exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "lead " + c.id() + " already exists");
    }
    List<PossibleDuplicate> duplicates = new ArrayList<>();
    for (Lead other : leads.resembling(c.phone(), c.email(), c.company())) {
      other.resemblance(c.phone(), c.email(), c.company())
          .ifPresent(on -> duplicates.add(new PossibleDuplicate("LEAD", other.id().value(), on)));
    }
    for (Customer customer : customers.named(c.company())) {
      if (Lead.same(customer.name(), c.company())) {
        duplicates.add(new PossibleDuplicate("CUSTOMER", customer.id().value(), "company"));
      }
    }
    Lead lead =
        Lead.capture(
            c.id(), c.name(), blankToNull(c.company()), blankToNull(c.source()), blankToNull(c.phone()),
            blankToNull(c.email()), c.date());
    Outcome<Void> saved = leads.save(lead);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return Outcome.accepted(List.copyOf(duplicates));
  }
}
