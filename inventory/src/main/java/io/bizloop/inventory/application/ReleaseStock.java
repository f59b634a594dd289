package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.ReservationId;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.StockReservations;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Low-level: releases (part of) a stand-alone reservation made with {@link ReserveStock}; the
 * freed stock fills backorders there (see {@link Restocking}). Answers what was released.
 *
 * <p>Rejections: INVALID_INPUT, UNKNOWN_REFERENCE (no such reservation), INSUFFICIENT_STOCK (more
 * than the reservation holds), CONFLICT.
 */
public final class ReleaseStock implements UseCase<ReleaseStock.Command, Quantity> {

  /**
   * What to release. {@link #all} releases the whole reservation, {@link #of} a part of it.
   *
   * @param sku the product
   * @param warehouse where
   * @param reservation the reservation's id
   * @param quantity how much, positive; {@code null} for all of it
   * @param date business date
   */
  public record Command(
      @NotNull Sku sku,
      @NotNull WarehouseId warehouse,
      @NotNull ReservationId reservation,
      @Positive BigDecimal quantity,
      @NotNull LocalDate date) {

    /**
     * Releases all a reservation holds.
     *
     * @param sku the product
     * @param warehouse where
     * @param reservation the reservation's id
     * @param date business date
     * @return the command
     */
    public static Command all(Sku sku, WarehouseId warehouse, ReservationId reservation, LocalDate date) {
      return new Command(sku, warehouse, reservation, null, date);
    }

    /**
     * Releases part of a reservation.
     *
     * @param sku the product
     * @param warehouse where
     * @param reservation the reservation's id
     * @param quantity how much
     * @param date business date
     * @return the command
     */
    public static Command of(
        Sku sku, WarehouseId warehouse, ReservationId reservation, BigDecimal quantity, LocalDate date) {
      return new Command(sku, warehouse, reservation, quantity, date);
    }

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          Checks.present(sku, "sku"),
          Checks.present(warehouse, "warehouse"),
          Checks.present(reservation, "reservation id"),
          Checks.present(date, "date"),
          quantity == null ? null : Checks.positiveQuantity(quantity, "released quantity"));
    }
  }

  private final StockItems items;
  private final Restocking restocking;
  private final StockReservations reservations;

  /**
   * The use case over its port.
   *
   * @param items the stock items
   * @param restocking fills backorders with the freed stock
   */
  public ReleaseStock(StockItems items, Restocking restocking) {
    this(items, restocking, StockReservations.none());
  }

  /**
   * The use case with the store's one-step release of a stand-alone reservation.
   *
   * @param items the stock items
   * @param restocking fills the backorders the freed stock can serve
   * @param reservations the store's one-step reservations ({@link StockReservations#none()} for none)
   */
  public ReleaseStock(StockItems items, Restocking restocking, StockReservations reservations) {
    this.items = Objects.requireNonNull(items, "items");
    this.restocking = Objects.requireNonNull(restocking, "restocking");
    this.reservations = Objects.requireNonNull(reservations, "reservations");
  }

  /**
   * Releases the reservation.
   *
   * @param command what to release
   * @return the quantity released
   */
  @Override
  public Outcome<Quantity> handle(Command command) {
    Optional<Rejection> invalid = command == null ? Checks.missingCommand() : command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    StockKey key = new StockKey(command.sku(), command.warehouse());
    if (reservations.releasesInOneStep() && restocking.nothingWaitsFor(command.sku(), command.warehouse())) {
      Optional<Quantity> released = reservations.tryRelease(key, command.reservation(), command.quantity());
      if (released.isPresent()) {
        return Outcome.accepted(released.get()); // the store's one step did it; no order waits for the stock it frees
      }
    }
    Optional<StockItem> found = items.find(key);
    if (found.isEmpty()) {
      return Outcome.rejected(
          RejectionCode.UNKNOWN_REFERENCE,
          "no reservation " + command.reservation() + " of " + command.sku() + " in " + command.warehouse());
    }
    StockItem item = found.get();
    Outcome<Quantity> released =
        command.quantity() == null
            ? item.releaseAll(command.reservation())
            : item.release(command.reservation(), Quantity.of(command.quantity(), item.unit()));
    if (released.isRejected()) {
      return released;
    }
    Outcome<Void> saved = restocking.saveAndFill(item);
    return saved.isRejected() ? saved.rejectedAs() : released;
  }
}
