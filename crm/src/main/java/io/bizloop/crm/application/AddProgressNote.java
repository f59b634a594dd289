package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.TicketId;
import io.bizloop.crm.domain.ServiceTicket;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/** Adds a progress note to an open ticket. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE, INVALID_STATE (resolved). */
public final class AddProgressNote extends UseCase<AddProgressNote.Command, Void> {

  /**
   * @param ticket the ticket
   * @param note what was done
   * @param date business date
   */
  public record Command(@NotNull TicketId ticket, @NotBlank String note, @NotNull LocalDate date) {}

  AddProgressNote(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(required(c.ticket(), "ticket"), text(c.note(), "note"), date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    Optional<ServiceTicket> found = ctx.tickets().find(c.ticket());
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "ticket " + c.ticket() + " does not exist");
    }
    ServiceTicket ticket = found.get();
    Outcome<Void> decision = ticket.addNote(c.note(), c.date());
    if (decision.isAccepted()) {
      saved(ctx.tickets().save(ticket), "ticket " + c.ticket());
    }
    return decision;
  }
}
