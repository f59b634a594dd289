package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Low-level: releases (part of) a reservation made with {@link ReserveStock}; the freed stock
 * fills backorders there. Rejections: INVALID_INPUT, UNKNOWN_REFERENCE (no such reservation),
 * INSUFFICIENT_STOCK (more than the reservation holds).
 */
public final class ReleaseStock {

  /**
   * @param sku the product
   * @param warehouse where
   * @param reservationId the reservation's id
   * @param quantity how much, positive; {@code null} for all of it
   * @param date business date
   */
  public record Command(
      @NotNull Sku sku,
      @NotNull WarehouseId warehouse,
      @NotBlank String reservationId,
      @Positive BigDecimal quantity,
      @NotNull LocalDate date) {}

  private final StockRoom room;

  ReleaseStock(StockRoom room) {
    this.room = room;
  }

  public Outcome<Void> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<Void> decide(Command c) {
    if (c.sku() == null || c.warehouse() == null || c.date() == null) {
      return StockRoom.invalid("a release needs a sku, a warehouse and a date");
    }
    if (c.reservationId() == null || c.reservationId().isBlank() || c.reservationId().startsWith("order:")) {
      return StockRoom.invalid("invalid reservation id '" + c.reservationId() + "'");
    }
    if (c.quantity() != null) {
      String problem = StockRoom.positiveQuantityProblem(c.quantity(), "released quantity");
      if (problem != null) {
        return StockRoom.invalid(problem);
      }
    }
    Optional<StockItem> found = room.stockItems.find(new StockKey(c.sku(), c.warehouse()));
    if (found.isEmpty() || !found.get().hasReservation(c.reservationId())) {
      return StockRoom.unknown("no reservation " + c.reservationId() + " of " + c.sku() + " in " + c.warehouse());
    }
    StockItem item = found.get();
    Quantity held = item.reservation(c.reservationId());
    Quantity quantity = c.quantity() == null ? held : Quantity.of(c.quantity(), item.unit());
    if (quantity.isGreaterThan(held)) {
      return StockRoom.insufficient(
          "releasing " + quantity.toPlainString() + " of reservation " + c.reservationId() + ", it holds "
              + held.toPlainString());
    }
    item.release(c.reservationId(), quantity);
    room.stockItems.save(item);
    room.fillBackorders(c.sku(), c.warehouse());
    return Outcome.done();
  }
}
