package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Low-level: reserves stock of one sku in one warehouse under a reservation id, all or nothing
 * (a second reservation under the same id tops it up). Safe under concurrency: the stock item's
 * optimistic lock makes sure reservations never exceed what is on hand.
 *
 * <p>Rejections: INVALID_INPUT (quantity, blank or order-reserved id), UNKNOWN_REFERENCE,
 * INSUFFICIENT_STOCK (more than is available), CONFLICT (still contended after the retries).
 */
public final class ReserveStock {

  /**
   * @param sku the product
   * @param warehouse where
   * @param reservationId the reservation's id
   * @param quantity how much, positive
   * @param date business date
   */
  public record Command(
      @NotNull Sku sku,
      @NotNull WarehouseId warehouse,
      @NotBlank String reservationId,
      @NotNull @Positive BigDecimal quantity,
      @NotNull LocalDate date) {}

  private final StockRoom room;

  ReserveStock(StockRoom room) {
    this.room = room;
  }

  public Outcome<Void> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<Void> decide(Command c) {
    if (c.sku() == null || c.warehouse() == null || c.date() == null) {
      return StockRoom.invalid("a reservation needs a sku, a warehouse and a date");
    }
    if (c.reservationId() == null || c.reservationId().isBlank() || c.reservationId().startsWith("order:")) {
      return StockRoom.invalid("invalid reservation id '" + c.reservationId() + "'");
    }
    String problem = StockRoom.positiveQuantityProblem(c.quantity(), "reserved quantity");
    if (problem != null) {
      return StockRoom.invalid(problem);
    }
    Optional<Product> product = room.products.find(c.sku());
    if (product.isEmpty()) {
      return StockRoom.unknown("unknown sku " + c.sku());
    }
    if (room.warehouses.find(c.warehouse()).isEmpty()) {
      return StockRoom.unknown("unknown warehouse " + c.warehouse());
    }
    Quantity quantity = product.get().quantity(c.quantity());
    Optional<StockItem> found = room.stockItems.find(new StockKey(c.sku(), c.warehouse()));
    Quantity available = found.map(StockItem::available).orElse(product.get().zero());
    if (quantity.isGreaterThan(available)) {
      return StockRoom.insufficient(
          "reserving " + quantity.toPlainString() + " of " + c.sku() + " in " + c.warehouse() + ": only "
              + available.toPlainString() + " available");
    }
    StockItem item = found.orElseThrow();
    item.reserve(c.reservationId(), quantity);
    room.stockItems.save(item);
    return Outcome.done();
  }
}
