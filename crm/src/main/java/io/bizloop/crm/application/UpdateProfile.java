package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;
import static io.bizloop.crm.application.Shapes.text;
import static io.bizloop.crm.application.Shapes.texts;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.CompanySize;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.port.Customers;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Updates a customer's profile — industry, size, tags — keeping the change in its history. A part
 * not given keeps its current value. Rejections: INVALID_INPUT (blank industry or tag),
 * UNKNOWN_REFERENCE.
 */
public final class UpdateProfile implements UseCase<UpdateProfile.Command, Void> {

  /**
   * Update a profile. Build it with {@link #of} and name the parts that change.
   *
   * @param customer the customer
   * @param industry the new industry, or {@code null} to keep it
   * @param size the new size band, or {@code null} to keep it
   * @param tags the new set of tags (replacing the old one), or {@code null} to keep them
   * @param date business date
   */
  public record Command(
      @NotNull CustomerId customer, String industry, CompanySize size, Set<String> tags, @NotNull LocalDate date) {

    /**
     * An update that changes nothing yet.
     *
     * @param customer the customer
     * @param date business date
     * @return the command
     */
    public static Command of(CustomerId customer, LocalDate date) {
      return new Command(customer, null, null, null, date);
    }

    /**
     * This command with a new industry.
     *
     * @param newIndustry the industry, non-blank
     * @return a copy with it
     */
    public Command industry(String newIndustry) {
      return new Command(customer, newIndustry, size, tags, date);
    }

    /**
     * This command with a new size band.
     *
     * @param newSize the size band
     * @return a copy with it
     */
    public Command size(CompanySize newSize) {
      return new Command(customer, industry, newSize, tags, date);
    }

    /**
     * This command with a new set of tags, replacing the old one.
     *
     * @param newTags the tags, each non-blank, in the order given
     * @return a copy with them
     */
    public Command tags(String... newTags) {
      return new Command(customer, industry, size, new LinkedHashSet<>(List.of(newTags)), date);
    }

    /**
     * This command with a new set of tags, replacing the old one.
     *
     * @param newTags the tags, each non-blank
     * @return a copy with them
     */
    public Command tags(Set<String> newTags) {
      return new Command(customer, industry, size, newTags, date);
    }
  }

  private final Customers customers;

  /**
   * The use case over its port.
   *
   * @param customers the customers
   */
  public UpdateProfile(Customers customers) {
    this.customers = Objects.requireNonNull(customers, "customers");
  }

  /**
   * Updates the profile.
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
                required(c.customer(), "customer"),
                c.industry() == null ? Optional.empty() : text(c.industry(), "industry"),
                texts(c.tags(), "a tag"),
                required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Customer> found = customers.find(c.customer());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    Customer customer = found.get();
    customer.updateProfile(c.industry(), c.size(), c.tags(), c.date());
    return customers.save(customer);
  }
}
