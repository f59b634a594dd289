package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.optionalText;
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
 * Adds a follow-up to a customer's history (CALL, VISIT, MESSAGE, NOTE, EMAIL, MEETING or any
 * other non-blank type; the note may be blank). Rejections: INVALID_INPUT, UNKNOWN_REFERENCE.
 */
public final class RecordActivity implements UseCase<RecordActivity.Command, Void> {

  /**
   * Record a follow-up.
   *
   * @param customer the customer
   * @param type what kind of contact, non-blank, at most 200 characters
   * @param note what happened, may be blank, at most 200 characters
   * @param date business date
   */
  public record Command(
      @NotNull CustomerId customer, @NotBlank String type, @NotNull String note, @NotNull LocalDate date) {}

  private final Customers customers;

  /**
   * The use case over its port.
   *
   * @param customers the customers
   */
  public RecordActivity(Customers customers) {
    this.customers = Objects.requireNonNull(customers, "customers");
  }

  /**
   * Records the activity.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE
   */
  @Override
  public Outcome<Void> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(
                required(c.customer(), "customer"), text(c.type(), "activity type"), required(c.note(), "note"),
                optionalText(c.note(), "note"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Customer> found = customers.find(c.customer());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    Customer customer = found.get();
    customer.recordActivity(c.type().trim(), c.note(), c.date());
    return customers.save(customer);
  }
}
