package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;

import io.bizloop.core.LeadId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.domain.Lead;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Captures a lead. Answers the possible duplicates (other leads with the same phone, email or
 * company, customers named like its company; case-insensitive) but never refuses for them.
 * Rejections: INVALID_INPUT, DUPLICATE_ID.
 */
public final class CaptureLead extends UseCase<CaptureLead.Command, List<PossibleDuplicate>> {

  /**
   * @param id the new lead's id
   * @param name the person's name
   * @param company optional
   * @param source optional
   * @param phone optional
   * @param email optional
   * @param date business date
   */
  public record Command(
      @NotNull LeadId id, @NotBlank String name, String company, String source, String phone, String email,
      @NotNull LocalDate date) {}

  CaptureLead(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.id(), "lead id"), text(c.name(), "lead name"), date(c.date()));
  }

  @Override
  Outcome<List<PossibleDuplicate>> decide(Command c) {
    if (ctx.leads().exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "lead " + c.id() + " already exists");
    }
    List<PossibleDuplicate> duplicates = new ArrayList<>();
    for (Lead other : ctx.leads().all()) {
      other.resemblance(c.phone(), c.email(), c.company())
          .ifPresent(on -> duplicates.add(new PossibleDuplicate("LEAD", other.id().value(), on)));
    }
    for (Customer customer : ctx.customers().all()) {
      if (Lead.same(customer.name(), c.company())) {
        duplicates.add(new PossibleDuplicate("CUSTOMER", customer.id().value(), "company"));
      }
    }
    Lead lead =
        Lead.capture(
            c.id(), c.name(), RegisterCustomer.blankToNull(c.company()), RegisterCustomer.blankToNull(c.source()),
            RegisterCustomer.blankToNull(c.phone()), RegisterCustomer.blankToNull(c.email()), c.date());
    saved(ctx.leads().save(lead), "lead " + c.id());
    return Outcome.accepted(List.copyOf(duplicates));
  }
}
