package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.optionalText;
import static io.bizloop.crm.application.Shapes.required;
import static io.bizloop.crm.application.Shapes.text;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.port.Customers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a customer and publishes {@link CustomerRegistered} (event id
 * {@code customer-registered:<customer>}). Rejections: INVALID_INPUT, DUPLICATE_ID.
 */
public final class RegisterCustomer {

  /** The event-id kind of {@link CustomerRegistered}. */
  public static final String REGISTERED = "customer-registered";

  /**
   * Register a customer. Build it with {@link #of} and add the optional parts by name.
   *
   * @param id the new customer's id
   * @param name its name, at most 200 characters
   * @param industry its industry, or {@code null} for none
   * @param owner the salesperson in charge, or {@code null} for none
   * @param date business date
   */
  public record Command(
      @NotNull CustomerId id, @NotBlank String name, String industry, String owner, @NotNull LocalDate date) {

    /**
     * A registration without industry or owner.
     *
     * @param id the new customer's id
     * @param name its name
     * @param date business date
     * @return the command
     */
    public static Command of(CustomerId id, String name, LocalDate date) {
      return new Command(id, name, null, null, date);
    }

    /**
     * This command with an industry.
     *
     * @param newIndustry the customer's industry
     * @return a copy with it
     */
    public Command industry(String newIndustry) {
      return new Command(id, name, newIndustry, owner, date);
    }

    /**
     * This command with an owner.
     *
     * @param newOwner the salesperson in charge
     * @return a copy with it
     */
    public Command owner(String newOwner) {
      return new Command(id, name, industry, newOwner, date);
    }
  }

  private final Customers customers;
  private final EventPublisher publisher;
  private final Currency currency;

  /**
   * The use case over its ports.
   *
   * @param customers the customers
   * @param publisher where CustomerRegistered goes
   * @param settings the company settings (its currency)
   */
  public RegisterCustomer(Customers customers, EventPublisher publisher, CrmSettings settings) {
    this.customers = Objects.requireNonNull(customers, "customers");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.currency = Objects.requireNonNull(settings, "settings").currency();
  }

  /**
   * Registers the customer.
   *
   * @param c the command
   * @return the customer's id; INVALID_INPUT, DUPLICATE_ID, or a subscriber's rejection
   */
  public Outcome<CustomerId> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(
                required(c.id(), "customer id"), text(c.name(), "customer name"),
                optionalText(c.industry(), "industry"), optionalText(c.owner(), "owner"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (customers.exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "customer " + c.id() + " already exists");
    }
    return publisher.publishEventsOf(register(customers, currency, c.id(), c.name(), c.industry(), c.owner(), c.date()));
  }

  /** Creates and saves a customer; the outcome carries its CustomerRegistered event, unpublished. */
  static Outcome<CustomerId> register(
      Customers customers, Currency currency, CustomerId id, String name, String industry, String owner,
      LocalDate date) {
    Customer customer =
        Customer.create(id, name, Shapes.blankToNull(industry), Shapes.blankToNull(owner), date, currency);
    Outcome<Void> saved = customers.save(customer);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return Outcome.accepted(
        id, List.of(new CustomerRegistered(EventId.of(REGISTERED, id.value()), date, id, name)));
  }
}
