package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.DUPLICATE_ID;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.CustomerId;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.domain.Pipeline;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Opens an opportunity for a customer in an open stage (the first when none is named).
 * Rejections: INVALID_INPUT (amount ≤ 0 or too many decimals, unknown stage, WON or LOST),
 * DUPLICATE_ID, UNKNOWN_REFERENCE (customer).
 */
public final class OpenOpportunity extends UseCase<OpenOpportunity.Command, OpportunityId> {

  /**
   * @param id the new opportunity's id
   * @param customer whose
   * @param amount expected amount, positive
   * @param name optional
   * @param stage an open stage, or {@code null} for the first (QUALIFICATION)
   * @param date business date
   */
  public record Command(
      @NotNull OpportunityId id, @NotNull CustomerId customer, @NotNull @Positive BigDecimal amount, String name,
      String stage, @NotNull LocalDate date) {}

  OpenOpportunity(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(
        required(c.id(), "opportunity id"), required(c.customer(), "customer"),
        positiveMoney(c.amount(), "opportunity amount"), openStage(ctx.pipeline(), c.stage(), true), date(c.date()));
  }

  /** INVALID_INPUT unless {@code stage} names an open stage (or is null and {@code nullAllowed}). */
  static Optional<Rejection> openStage(Pipeline pipeline, String stage, boolean nullAllowed) {
    if (stage == null && nullAllowed) {
      return Optional.empty();
    }
    Optional<Pipeline.Stage> known = pipeline.stage(stage);
    if (known.isEmpty()) {
      return invalid("unknown stage " + stage);
    }
    if (known.get().closed()) {
      return invalid("stage " + known.get().name() + " is reached only by winning or losing the opportunity");
    }
    return Optional.empty();
  }

  @Override
  Outcome<OpportunityId> decide(Command c) {
    if (ctx.opportunities().exists(c.id())) {
      return Outcome.rejected(DUPLICATE_ID, "opportunity " + c.id() + " already exists");
    }
    if (!ctx.customers().exists(c.customer())) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "customer " + c.customer() + " does not exist");
    }
    Pipeline.Stage stage = c.stage() == null ? ctx.pipeline().first() : ctx.pipeline().stage(c.stage()).orElseThrow();
    Opportunity opportunity =
        Opportunity.open(
            c.id(), c.customer(), RegisterCustomer.blankToNull(c.name()), money(c.amount()), stage, null, c.date());
    saved(ctx.opportunities().save(opportunity), "opportunity " + c.id());
    return Outcome.accepted(c.id());
  }
}
