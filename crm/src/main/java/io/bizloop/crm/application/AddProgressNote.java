package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;
import static io.bizloop.crm.application.Shapes.first;
import static io.bizloop.crm.application.Shapes.required;
import static io.bizloop.crm.application.Shapes.text;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.TicketId;
import io.bizloop.core.port.UseCase;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.port.Tickets;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Adds a progress note to an open ticket. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (resolved). */
public final class AddProgressNote implements UseCase<AddProgressNote.Command, Void> {

  /**
   * Add a note.
   *
   * @param ticket the ticket
   * @param note what was done, non-blank, at most 200 characters
   * @param date business date
   */
  public record Command(@NotNull TicketId ticket, @NotBlank String note, @NotNull LocalDate date) {}

  private final Tickets tickets;

  /**
   * The use case over its port.
   *
   * @param tickets the service tickets
   */
  public AddProgressNote(Tickets tickets) {
    this.tickets = Objects.requireNonNull(tickets, "tickets");
  }

  /**
   * Adds the note.
   *
   * @param c the command
   * @return done; INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE
   */
  @Override
  public Outcome<Void> handle(Command c) {
    Optional<Rejection> invalid =
        c == null
            ? Shapes.invalid("command is missing")
            : first(required(c.ticket(), "ticket"), text(c.note(), "note"), required(c.date(), "date"));
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<ServiceTicket> found = tickets.find(c.ticket());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "ticket " + c.ticket() + " does not exist");
    }
    ServiceTicket ticket = found.get();
    Outcome<Void> decision = ticket.addNote(c.note(), c.date());
    return decision.isRejected() ? decision : tickets.save(ticket);
  }
}
