package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.domain.SalesOrder;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Closes an opportunity as won, optionally naming the sales order it became. Rejections:
 * INVALID_INPUT, UNKNOWN_REFERENCE (opportunity, order), INVALID_STATE (closed, or the order
 * belongs to another customer).
 */
public final class WinOpportunity extends UseCase<WinOpportunity.Command, Void> {

  /**
   * @param opportunity the opportunity
   * @param order the order it became, optional
   * @param date business date
   */
  public record Command(@NotNull OpportunityId opportunity, SalesOrderId order, @NotNull LocalDate date) {}

  WinOpportunity(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.opportunity(), "opportunity"), date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    Optional<Opportunity> found = ctx.opportunities().find(c.opportunity());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "opportunity " + c.opportunity() + " does not exist");
    }
    Optional<SalesOrder> order = Optional.empty();
    if (c.order() != null) {
      order = ctx.orders().find(c.order());
      if (order.isEmpty()) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "order " + c.order() + " does not exist");
      }
    }
    Opportunity opportunity = found.get();
    if (opportunity.closed()) {
      return Outcome.rejected(
          INVALID_STATE, "opportunity " + c.opportunity() + " is closed (" + opportunity.stage() + ")");
    }
    if (order.isPresent() && !order.get().customer().equals(opportunity.customer())) {
      return Outcome.rejected(
          INVALID_STATE,
          "order " + c.order() + " belongs to customer " + order.get().customer() + ", opportunity "
              + c.opportunity() + " to " + opportunity.customer());
    }
    Outcome<Void> decision = opportunity.win(c.order(), c.date());
    if (decision.isAccepted()) {
      saved(ctx.opportunities().save(opportunity), "opportunity " + c.opportunity());
    }
    return decision;
  }
}
