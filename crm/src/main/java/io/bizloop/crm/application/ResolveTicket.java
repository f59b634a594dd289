package io.bizloop.crm.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.TicketId;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/** Resolves a ticket (an unassigned one too). Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (already resolved). */
public final class ResolveTicket extends UseCase<ResolveTicket.Command, Void> {

  /**
   * @param ticket the ticket
   * @param date business date
   */
  public record Command(@NotNull TicketId ticket, @NotNull LocalDate date) {}

  ResolveTicket(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.ticket(), "ticket"), date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    return onExisting(
        ctx.tickets().find(c.ticket()),
        "ticket " + c.ticket(),
        ticket -> ticket.resolve(c.date()),
        ctx.tickets()::save);
  }
}
