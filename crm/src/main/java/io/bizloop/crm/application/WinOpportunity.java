package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.Opportunities;
import io.bizloop.crm.port.SalesOrders;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Closes an opportunity as won, optionally naming the sales order it became. Rejections:
 * INVALID_INPUT, UNKNOWN_REFERENCE (opportunity, order), INVALID_STATE (closed, the order belongs
 * to another customer, or the order is cancelled).
 */
public final class WinOpportunity implements UseCase<WinOpportunity.Command, Void> {

  /**
   * Win an opportunity. Build it with {@link #of} and name the order by name if there is one.
   *
   * @param opportunity the opportunity
   * @param order the order it became, or {@code null}
   * @param date business date
   */
  public record Command(@NotNull OpportunityId opportunity, SalesOrderId order, @NotNull LocalDate date) {

    /**
     * A win without an order.
     *
     * @param opportunity the opportunity
     * @param date business date
     * @return the command
     */
    public static Command of(OpportunityId opportunity, LocalDate date) {
      return new Command(opportunity, null, date);
    }

    /**
     * This command naming the order the opportunity became.
     *
     * @param becameOrder the sales order
     * @return a copy with it
     */
    public Command order(SalesOrderId becameOrder) {
      return new Command(opportunity, becameOrder, date);
    }
  }

  private final Opportunities opportunities;
  private final SalesOrders orders;

  /**
   * The use case over its ports.
   *
   * @param opportunities the opportunities
   * @param orders the sales orders
   */
  public WinOpportunity(Opportunities opportunities, SalesOrders orders) {
    this.opportunities = Objects.requireNonNull(opportunities, "opportunities");
    this.orders = Objects.requireNonNull(orders, "orders");
  }

  /**
   * Wins the opportunity.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE
   */
  @Override
  public Outcome<Void> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(required(c.opportunity(), "opportunity"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Opportunity> found = opportunities.find(c.opportunity());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "opportunity " + c.opportunity() + " does not exist");
    }
    Opportunity opportunity = found.get();
    Outcome<Void> decision;
    if (c.order() == null) {
      decision = opportunity.win(c.date());
    } else {
      Optional<SalesOrder> order = orders.find(c.order());
      if (order.isEmpty()) {
        return Outcome.rejected(UNKNOWN_REFERENCE, "order " + c.order() + " does not exist");
      }
      decision = opportunity.win(order.get(), c.date());
    }
    return decision.isRejected() ? decision : opportunities.save(opportunity);
  }
}
