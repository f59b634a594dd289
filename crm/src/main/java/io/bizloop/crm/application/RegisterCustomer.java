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
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.port.Customers;
import io.bizloop.core.Bounds;
import io.bizloop.core.Money;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a customer, with an optional credit limit and payment terms, and publishes
 * {@link CustomerRegistered} with the terms (event id {@code customer-registered:<customer>}), so
 * that accounting dates its receivables. Rejections: INVALID_INPUT (a credit limit below 0, over
 * 10¹² or with more decimals than the currency; terms outside 0..3650), DUPLICATE_ID.
 */
public final class RegisterCustomer implements UseCase<RegisterCustomer.Command, CustomerId> {

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
   * @param creditLimit its credit limit in the company currency (0: no credit at all), or
   *     {@code null} for none
   * @param paymentTermsDays its payment terms in days, 0 to 3650
   */
  public record Command(
      @NotNull CustomerId id, @NotBlank String name, String industry, String owner, @NotNull LocalDate date,
      @PositiveOrZero BigDecimal creditLimit, @Min(0) @Max(Bounds.MAX_PAYMENT_TERMS_DAYS) int paymentTermsDays) {

    /**
     * A registration without industry or owner.
     *
     * @param id the new customer's id
     * @param name its name
     * @param date business date
     * @return the command
     */
    public static Command of(CustomerId id, String name, LocalDate date) {
      return new Command(id, name, null, null, date, null, 0);
    }

    /**
     * This command with an industry.
     *
     * @param newIndustry the customer's industry
     * @return a copy with it
     */
    public Command industry(String newIndustry) {
      return new Command(id, name, newIndustry, owner, date, creditLimit, paymentTermsDays);
    }

    /**
     * This command with an owner.
     *
     * @param newOwner the salesperson in charge
     * @return a copy with it
     */
    public Command owner(String newOwner) {
      return new Command(id, name, industry, newOwner, date, creditLimit, paymentTermsDays);
    }

    /**
     * This command with a credit limit.
     *
     * @param limit the limit in the company currency, zero (no credit at all) or positive
     * @return a copy with it
     */
    public Command creditLimit(BigDecimal limit) {
      return new Command(id, name, industry, owner, date, limit, paymentTermsDays);
    }

    /**
     * This command with a credit limit written as text.
     *
     * @param limit the limit, e.g. {@code "5000.00"}
     * @return a copy with it
     * @throws NumberFormatException when the limit is not a decimal number
     */
    public Command creditLimit(String limit) {
      return creditLimit(new BigDecimal(limit));
    }

    /**
     * This command with payment terms.
     *
     * @param days the terms in days, 0 to 3650
     * @return a copy with them
     */
    public Command paymentTerms(int days) {
      return new Command(id, name, industry, owner, date, creditLimit, days);
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
  @Override
  public Outcome<CustomerId> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(
                required(c.id(), "customer id"), text(c.name(), "customer name"),
                optionalText(c.industry(), "industry"), optionalText(c.owner(), "owner"), required(c.date(), "date"),
                Shapes.creditLimit(c.creditLimit(), currency, "credit limit of " + c.id()),
                Shapes.paymentTerms(c.paymentTermsDays(), "payment terms of " + c.id()));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (customers.exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "customer " + c.id() + " already exists");
    }
    Money limit = c.creditLimit() == null ? null : Money.of(c.creditLimit(), currency);
    return publisher.publishEventsOf(
        register(
            customers, currency, new Profile(c.id(), c.name(), c.industry(), c.owner(), limit, c.paymentTermsDays()),
            c.date()));
  }

  /** What a new customer is registered with; the texts may be blank (none). */
  record Profile(CustomerId id, String name, String industry, String owner, Money creditLimit, int paymentTermsDays) {

    /** A customer with only a name: no industry, owner or limit, terms of 0 days. */
    static Profile named(CustomerId id, String name) {
      return new Profile(id, name, null, null, null, 0);
    }
  }

  /** Creates and saves a customer; the outcome carries its CustomerRegistered event, unpublished. */
  static Outcome<CustomerId> register(Customers customers, Currency currency, Profile p, LocalDate date) {
    CustomerId id = p.id();
    String name = p.name();
    Customer customer =
        Customer.create(
            id, name, Shapes.blankToNull(p.industry()), Shapes.blankToNull(p.owner()), date, currency, p.creditLimit());
    Outcome<Void> saved = customers.save(customer);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return Outcome.accepted(
        id,
        List.of(new CustomerRegistered(EventId.of(REGISTERED, id.value()), date, id, name, p.paymentTermsDays())));
  }
}
