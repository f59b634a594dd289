package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.TicketId;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.port.Tickets;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Resolves a ticket (an unassigned one too). Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (already resolved). */
public final class ResolveTicket implements UseCase<ResolveTicket.Command, Void> {

  /**
   * Resolve a ticket.
   *
   * @param ticket the ticket
   * @param date business date
   */
  public record Command(@NotNull TicketId ticket, @NotNull LocalDate date) {}

  private final Tickets tickets;

  /**
   * The use case over its port.
   *
   * @param tickets the service tickets
   */
  public ResolveTicket(Tickets tickets) {
    this.tickets = Objects.requireNonNull(tickets, "tickets");
  }

  /**
   * Resolves the ticket.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE
   */
  @Override
  public Outcome<Void> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(required(c.ticket(), "ticket"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<ServiceTicket> found = tickets.find(c.ticket());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "ticket " + c.ticket() + " does not exist");
    }
    ServiceTicket ticket = found.get();
    Outcome<Void> decision = ticket.resolve(c.date());
    return decision.isRejected() ? decision : tickets.save(ticket);
  }
}
