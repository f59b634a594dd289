package io.bizloop.inventory.application;

import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.SupplierRegistered;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.inventory.domain.Supplier;
import io.bizloop.inventory.port.Suppliers;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a supplier and publishes {@link SupplierRegistered} (event id
 * {@code supplier-registered:<id>}). Rejections: INVALID_INPUT, DUPLICATE_ID, CONFLICT.
 */
public final class RegisterSupplier {

  /** The event id kind of {@link SupplierRegistered}. */
  public static final String EVENT = "supplier-registered";

  /**
   * What to register.
   *
   * @param id the new supplier's id
   * @param name its name, not blank, at most 200 characters
   * @param date business date
   */
  public record Command(@NotNull SupplierId id, @NotBlank String name, @NotNull LocalDate date) {

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          () -> Checks.present(id, "supplier id"),
          () -> Checks.present(date, "date"),
          () -> Checks.name(name, "supplier name"));
    }
  }

  private final Suppliers suppliers;
  private final EventPublisher publisher;

  /**
   * The use case over its ports.
   *
   * @param suppliers the suppliers
   * @param publisher where {@link SupplierRegistered} goes
   */
  public RegisterSupplier(Suppliers suppliers, EventPublisher publisher) {
    this.suppliers = Objects.requireNonNull(suppliers, "suppliers");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  /**
   * Registers the supplier.
   *
   * @param command what to register
   * @return its id
   */
  public Outcome<SupplierId> handle(Command command) {
    Optional<Rejection> invalid = command == null ? Checks.missingCommand() : command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (suppliers.find(command.id()).isPresent()) {
      return Outcome.rejected(RejectionCode.DUPLICATE_ID, "supplier " + command.id() + " exists");
    }
    Outcome<Void> saved = suppliers.save(new Supplier(command.id(), command.name()));
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    Outcome<SupplierId> decision =
        Outcome.accepted(
            command.id(),
            List.of(
                new SupplierRegistered(
                    EventId.of(EVENT, command.id().value()), command.date(), command.id(), command.name())));
    return publisher.publishEventsOf(decision);
  }
}
