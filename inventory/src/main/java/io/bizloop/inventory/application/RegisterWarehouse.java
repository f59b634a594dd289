package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.Warehouse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Registers a warehouse; warehouses keep their registration order. Rejections: INVALID_INPUT, DUPLICATE_ID. */
public final class RegisterWarehouse {

  /**
   * @param id the new warehouse's id
   * @param name its name, not blank
   * @param date business date
   */
  public record Command(@NotNull WarehouseId id, @NotBlank String name, @NotNull LocalDate date) {}

  private final StockRoom room;

  RegisterWarehouse(StockRoom room) {
    this.room = room;
  }

  public Outcome<WarehouseId> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<WarehouseId> decide(Command c) {
    if (c.id() == null || c.date() == null) {
      return StockRoom.invalid("a warehouse needs an id and a date");
    }
    if (c.name() == null || c.name().isBlank()) {
      return StockRoom.invalid("warehouse " + c.id() + " needs a name");
    }
    if (room.warehouses.find(c.id()).isPresent()) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "warehouse " + c.id() + " exists");
    }
    long sequence = room.sequences.next("warehouse");
    if (!room.warehouses.add(new Warehouse(c.id(), c.name(), sequence))) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "warehouse " + c.id() + " exists");
    }
    return Outcome.accepted(c.id());
  }
}
