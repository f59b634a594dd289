package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Hands a customer to another salesperson; its whole history stays with it (an OWNER_CHANGE
 * entry is added). Rejections: INVALID_INPUT, UNKNOWN_REFERENCE.
 */
public final class ReassignOwner extends UseCase<ReassignOwner.Command, Void> {

  /**
   * @param customer the customer
   * @param owner the new owner
   * @param date business date
   */
  public record Command(@NotNull CustomerId customer, @NotBlank String owner, @NotNull LocalDate date) {}

  ReassignOwner(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.customer(), "customer"), text(c.owner(), "owner"), date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    return onExisting(
        ctx.customers().find(c.customer()),
        "customer " + c.customer(),
        customer -> {
          customer.reassignOwner(c.owner(), c.date());
          return Outcome.done();
        },
        ctx.customers()::save);
  }
}
