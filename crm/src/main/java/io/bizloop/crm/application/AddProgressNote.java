package io.bizloop.crm.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.TicketId;
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
    return onExisting(
        ctx.tickets().find(c.ticket()),
        "ticket " + c.ticket(),
        ticket -> ticket.addNote(c.note(), c.date()),
        ctx.tickets()::save);
  }
}
