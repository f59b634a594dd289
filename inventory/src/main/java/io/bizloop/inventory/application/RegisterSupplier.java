package io.bizloop.inventory.application;

import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.SupplierRegistered;
import io.bizloop.inventory.domain.Supplier;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/** Registers a supplier and publishes {@link SupplierRegistered}. Rejections: INVALID_INPUT, DUPLICATE_ID. */
public final class RegisterSupplier {

  /**
   * @param id the new supplier's id
   * @param name its name
   * @param date business date
   */
  public record Command(@NotNull SupplierId id, @NotBlank String name, @NotNull LocalDate date) {}

  private final StockRoom room;

  RegisterSupplier(StockRoom room) {
    this.room = room;
  }

  public Outcome<SupplierId> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<SupplierId> decide(Command c) {
    if (c.id() == null || c.date() == null) {
      return StockRoom.invalid("a supplier needs an id and a date");
    }
    if (c.name() == null || c.name().isBlank()) {
      return StockRoom.invalid("supplier " + c.id() + " needs a name");
    }
    if (!room.suppliers.add(new Supplier(c.id(), c.name()))) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "supplier " + c.id() + " exists");
    }
    return Outcome.accepted(
        c.id(), List.of(new SupplierRegistered(EventId.of("supplier/" + c.id().value()), c.date(), c.id(), c.name())));
  }
}
