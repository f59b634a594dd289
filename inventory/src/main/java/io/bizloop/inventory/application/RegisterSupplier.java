package io.bizloop.inventory.application;

import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.SupplierRegistered;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.Supplier;
import io.bizloop.inventory.port.Suppliers;
import io.bizloop.core.Bounds;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Registers a supplier and publishes {@link SupplierRegistered} with its payment terms (event id
 * {@code supplier-registered:<id>}). Rejections: INVALID_INPUT, DUPLICATE_ID, CONFLICT.
 */
public final class RegisterSupplier implements UseCase<RegisterSupplier.Command, SupplierId> {

  /** The event id kind of {@link SupplierRegistered}. */
  public static final String EVENT = "supplier-registered";

  /**
   * What to register.
   *
   * @param id the new supplier's id
   * @param name its name, not blank, at most 200 characters
   * @param date business date
   * @param paymentTermsDays its payment terms in days, 0 to 3650 (its payables fall due this many
   *     days after each receipt)
   */
  public record Command(
      @NotNull SupplierId id, @NotBlank String name, @NotNull LocalDate date,
      @Min(0) @Max(Bounds.MAX_PAYMENT_TERMS_DAYS) int paymentTermsDays) {

    /**
     * A registration with payment terms of 0 days.
     *
     * @param id the new supplier's id
     * @param name its name
     * @param date business date
     */
    public Command(SupplierId id, String name, LocalDate date) {
      this(id, name, date, 0);
    }

    /**
     * A registration with payment terms of 0 days; add terms with {@link #paymentTerms}.
     *
     * @param id the new supplier's id
     * @param name its name
     * @param date business date
     * @return the command
     */
    public static Command of(SupplierId id, String name, LocalDate date) {
      return new Command(id, name, date, 0);
    }

    /**
     * This command with payment terms.
     *
     * @param days the terms in days, 0 to 3650
     * @return a copy with them
     */
    public Command paymentTerms(int days) {
      return new Command(id, name, date, days);
    }

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          () -> Checks.present(id, "supplier id"),
          () -> Checks.present(date, "date"),
          () -> Checks.name(name, "supplier name"),
          () -> Bounds.paymentTermsDays(paymentTermsDays, "payment terms of supplier " + id));
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
  @Override
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
                    EventId.of(EVENT, command.id().value()), command.date(), command.id(), command.name(),
                    command.paymentTermsDays())));
    return publisher.publishEventsOf(decision);
  }
}
