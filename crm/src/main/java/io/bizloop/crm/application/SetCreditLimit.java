package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.port.Customers;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets or removes a customer's credit limit (信用额度). Zero means no credit at all; no limit means
 * confirmations are never refused for credit. Lowering the limit below the current exposure is
 * accepted on purpose and only affects later confirmations. Rejections: INVALID_INPUT (a limit below
 * 0, over 10¹² or with more decimals than the currency), UNKNOWN_REFERENCE (no such customer).
 */
public final class SetCreditLimit implements UseCase<SetCreditLimit.Command, Void> {

  /**
   * A customer's new limit. Build it with {@link #of} or {@link #noLimit}.
   *
   * @param customer the customer
   * @param limit the limit in the company currency, zero or positive, or {@code null} for none
   * @param date business date
   */
  public record Command(@NotNull CustomerId customer, @PositiveOrZero BigDecimal limit, @NotNull LocalDate date) {

    /**
     * A limit of {@code limit}.
     *
     * @param customer the customer
     * @param limit the limit, zero (no credit at all) or positive
     * @param date business date
     * @return the command
     */
    public static Command of(CustomerId customer, BigDecimal limit, LocalDate date) {
      return new Command(customer, limit, date);
    }

    /**
     * A limit written as text, e.g. {@code "5000.00"}.
     *
     * @param customer the customer
     * @param limit the limit
     * @param date business date
     * @return the command
     * @throws NumberFormatException when the limit is not a decimal number
     */
    public static Command of(CustomerId customer, String limit, LocalDate date) {
      return new Command(customer, new BigDecimal(limit), date);
    }

    /**
     * No limit any more.
     *
     * @param customer the customer
     * @param date business date
     * @return the command
     */
    public static Command noLimit(CustomerId customer, LocalDate date) {
      return new Command(customer, null, date);
    }
  }

  private final Customers customers;
  private final Currency currency;

  /**
   * The use case over its port.
   *
   * @param customers the customers
   * @param settings the company settings (its currency)
   */
  public SetCreditLimit(Customers customers, CrmSettings settings) {
    this.customers = Objects.requireNonNull(customers, "customers");
    this.currency = Objects.requireNonNull(settings, "settings").currency();
  }

  /**
   * Sets the limit.
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
                required(c.customer(), "customer"), required(c.date(), "date"),
                Shapes.creditLimit(c.limit(), currency, "credit limit of " + c.customer()));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Customer> found = customers.find(c.customer());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    Customer customer = found.get();
    Outcome<Void> decided = customer.setCreditLimit(c.limit() == null ? null : Money.of(c.limit(), currency));
    if (decided.isRejected()) {
      return decided;
    }
    return customers.save(customer);
  }
}
