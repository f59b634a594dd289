package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;
import static io.bizloop.crm.application.Shapes.text;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.port.Customers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Hands a customer to another salesperson; its whole history stays with it (an OWNER_CHANGE entry
 * is added). Rejections: INVALID_INPUT, UNKNOWN_REFERENCE.
 */
public final class ReassignOwner implements UseCase<ReassignOwner.Command, Void> {

  /**
   * Reassign a customer.
   *
   * @param customer the customer
   * @param owner the new owner, at most 200 characters
   * @param date business date
   */
  public record Command(@NotNull CustomerId customer, @NotBlank String owner, @NotNull LocalDate date) {}

  private final Customers customers;

  /**
   * The use case over its port.
   *
   * @param customers the customers
   */
  public ReassignOwner(Customers customers) {
    this.customers = Objects.requireNonNull(customers, "customers");
  }

  /**
   * Reassigns the customer.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE
   */
  @Override
  public Outcome<Void> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(required(c.customer(), "customer"), text(c.owner(), "owner"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Customer> found = customers.find(c.customer());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    Customer customer = found.get();
    customer.reassignOwner(c.owner(), c.date());
    return customers.save(customer);
  }
}
