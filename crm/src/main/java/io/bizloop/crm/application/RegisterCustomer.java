package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.crm.domain.Customer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Registers a customer and publishes {@link CustomerRegistered} ({@code <customer>/register}).
 * Rejections: INVALID_INPUT, DUPLICATE_ID.
 */
public final class RegisterCustomer extends UseCase<RegisterCustomer.Command, CustomerId> {

  /**
   * @param id the new customer's id
   * @param name its name
   * @param industry optional
   * @param owner optional salesperson in charge
   * @param date business date
   */
  public record Command(@NotNull CustomerId id, @NotBlank String name, String industry, String owner, @NotNull LocalDate date) {}

  RegisterCustomer(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.id(), "customer id"), text(c.name(), "customer name"), date(c.date()));
  }

  @Override
  Outcome<CustomerId> decide(Command c) {
    if (ctx.customers().exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "customer " + c.id() + " already exists");
    }
    return publish(register(ctx, c.id(), c.name(), c.industry(), c.owner(), c.date()));
  }

  /** Creates and saves the customer; the outcome carries its CustomerRegistered event. */
  static Outcome<CustomerId> register(
      CrmContext ctx, CustomerId id, String name, String industry, String owner, LocalDate date) {
    Customer customer = Customer.create(id, name, blankToNull(industry), blankToNull(owner), date, ctx.settings().currency());
    saved(ctx.customers().save(customer), "customer " + id);
    return Outcome.accepted(
        id, List.of(new CustomerRegistered(EventId.of(id.value() + "/register"), date, id, name)));
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
