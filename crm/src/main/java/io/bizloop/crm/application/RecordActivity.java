package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Adds a follow-up to a customer's history (CALL, VISIT, MESSAGE, NOTE, EMAIL, MEETING or any
 * other non-blank type; the note may be blank). Rejections: INVALID_INPUT, UNKNOWN_REFERENCE.
 */
public final class RecordActivity extends UseCase<RecordActivity.Command, Void> {

  /**
   * @param customer the customer
   * @param type what kind of contact, non-blank
   * @param note what happened, may be blank
   * @param date business date
   */
  public record Command(@NotNull CustomerId customer, @NotBlank String type, @NotNull String note, @NotNull LocalDate date) {}

  RecordActivity(CrmContext ctx) {
    super(ctx);
  }

  @Override
  Optional<Rejection> shape(Command c) {
    return first(
        required(c.customer(), "customer"), text(c.type(), "activity type"), required(c.note(), "note"), date(c.date()));
  }

  @Override
  Outcome<Void> decide(Command c) {
    return onExisting(
        ctx.customers().find(c.customer()),
        "customer " + c.customer(),
        customer -> {
          customer.recordActivity(c.type().trim(), c.note(), c.date());
          return Outcome.done();
        },
        ctx.customers()::save);
  }
}
