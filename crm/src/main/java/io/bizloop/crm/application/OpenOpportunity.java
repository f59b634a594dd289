package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.optionalText;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Ids;
import io.bizloop.core.Money;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.domain.Pipeline;
import io.bizloop.crm.port.Customers;
import io.bizloop.crm.port.Opportunities;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens an opportunity for a customer in an open stage (the first when none is named).
 * Rejections: INVALID_INPUT (amount ≤ 0, too many decimals or too large, unknown stage, WON or
 * LOST), DUPLICATE_ID, UNKNOWN_REFERENCE (customer).
 */
public final class OpenOpportunity implements UseCase<OpenOpportunity.Command, OpportunityId> {

  /**
   * Open an opportunity. Build it with {@link #of} and add a title or a stage by name.
   *
   * @param id the new opportunity's id
   * @param customer whose it is
   * @param amount expected amount: positive, at most 1 000 000 000 000, at most the currency's
   *     decimals
   * @param name its title, or {@code null}
   * @param stage an open stage, or {@code null} for the first (QUALIFICATION)
   * @param date business date
   */
  public record Command(
      @NotNull OpportunityId id, @NotNull CustomerId customer, @NotNull @Positive BigDecimal amount, String name,
      String stage, @NotNull LocalDate date) {

    /**
     * An opportunity in the first stage, without a title.
     *
     * @param id the new opportunity's id
     * @param customer whose it is
     * @param amount expected amount
     * @param date business date
     * @return the command
     */
    public static Command of(OpportunityId id, CustomerId customer, BigDecimal amount, LocalDate date) {
      return new Command(id, customer, amount, null, null, date);
    }

    /**
     * An opportunity in the first stage, without a title, the amount written as text.
     *
     * @param id the new opportunity's id
     * @param customer whose it is
     * @param amount expected amount, e.g. {@code "1000.00"}
     * @param date business date
     * @return the command
     * @throws NumberFormatException when {@code amount} is not a decimal number
     */
    public static Command of(OpportunityId id, CustomerId customer, String amount, LocalDate date) {
      return of(id, customer, new BigDecimal(amount), date);
    }

    /**
     * This command with a title.
     *
     * @param title the opportunity's title
     * @return a copy with it
     */
    public Command name(String title) {
      return new Command(id, customer, amount, title, stage, date);
    }

    /**
     * This command opening in another open stage.
     *
     * @param openStage the stage's name (case-insensitive)
     * @return a copy with it
     */
    public Command stage(String openStage) {
      return new Command(id, customer, amount, name, openStage, date);
    }
  }

  private final Opportunities opportunities;
  private final Customers customers;
  private final Pipeline pipeline;
  private final Currency currency;

  /**
   * The use case over its ports.
   *
   * @param opportunities the opportunities
   * @param customers the customers
   * @param pipeline the pipeline
   * @param settings the company settings (its currency)
   */
  public OpenOpportunity(Opportunities opportunities, Customers customers, Pipeline pipeline, CrmSettings settings) {
    this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
    this.customers = Objects.requireNonNull(customers, "customers");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    this.currency = Objects.requireNonNull(settings, "settings").currency();
  }

  /**
   * Opens the opportunity.
   *
   * @param c the command
   * @return its id; INVALID_INPUT, DUPLICATE_ID, UNKNOWN_REFERENCE
   */
  @Override
  public Outcome<OpportunityId> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(
                required(c.id(), "opportunity id"), required(c.customer(), "customer"),
                Shapes.amount(c.amount(), currency, "opportunity amount"), optionalText(c.name(), "name"),
                c.stage() == null ? Optional.empty() : openStage(pipeline, c.stage()), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (opportunities.exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "opportunity " + c.id() + " already exists");
    }
    if (!customers.exists(c.customer())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    Optional<Pipeline.Stage> named = c.stage() == null ? Optional.empty() : pipeline.stage(c.stage());
    Opportunity opportunity =
        Opportunity.open(
            c.id(), c.customer(), Shapes.blankToNull(c.name()), Money.of(c.amount(), currency),
            named.orElse(pipeline.first()), null, c.date());
    return opportunities.save(opportunity).map(v -> c.id());
  }

  /** INVALID_INPUT unless {@code stage} names an open stage of {@code pipeline}. */
  static Optional<Rejection> openStage(Pipeline pipeline, String stage) {
    if (stage == null) {
      return Shapes.invalid("stage is missing");
    }
    if (stage.length() > Shapes.MAX_TEXT) {
      return Shapes.invalid("stage is longer than " + Shapes.MAX_TEXT + " characters");
    }
    Optional<Pipeline.Stage> known = pipeline.stage(stage);
    if (known.isEmpty()) {
      return Shapes.invalid("unknown stage " + Ids.quote(stage));
    }
    if (known.get().closed()) {
      return Shapes.invalid("stage " + known.get().name() + " is reached only by winning or losing the opportunity");
    }
    return Optional.empty();
  }
}
