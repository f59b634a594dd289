package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.Warehouse;
import io.bizloop.inventory.port.InventorySequences;
import io.bizloop.inventory.port.Warehouses;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a warehouse; warehouses keep their registration order, which decides where orders
 * reserve and ship from. Rejections: INVALID_INPUT, DUPLICATE_ID, CONFLICT.
 */
public final class RegisterWarehouse implements UseCase<RegisterWarehouse.Command, WarehouseId> {

  /**
   * What to register.
   *
   * @param id the new warehouse's id
   * @param name its name, not blank, at most 200 characters
   * @param date business date
   */
  public record Command(@NotNull WarehouseId id, @NotBlank String name, @NotNull LocalDate date) {

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          () -> Checks.present(id, "warehouse id"),
          () -> Checks.present(date, "date"),
          () -> Checks.name(name, "warehouse name"));
    }
  }

  private final Warehouses warehouses;
  private final InventorySequences sequences;

  /**
   * The use case over its ports.
   *
   * @param warehouses the registered warehouses
   * @param sequences the counter of registration order
   */
  public RegisterWarehouse(Warehouses warehouses, InventorySequences sequences) {
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
  }

  /**
   * Registers the warehouse.
   *
   * @param command what to register
   * @return its id
   */
  @Override
  public Outcome<WarehouseId> handle(Command command) {
    Optional<Rejection> invalid = command == null ? Checks.missingCommand() : command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (warehouses.find(command.id()).isPresent()) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "warehouse " + command.id() + " exists");
    }
    Warehouse warehouse = new Warehouse(command.id(), command.name(), sequences.next("warehouse"));
    return warehouses.save(warehouse).map(done -> command.id());
  }
}
