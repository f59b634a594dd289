package io.bizloop.inventory.application;

import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.StockAdjusted;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records a stock count, a fact never refused for its quantity. The difference (counted − on
 * hand) is valued — a gain at round(value × gain / onHand), else at the last receipt's unit cost,
 * else 0; a loss by the costing method — and published as {@link StockAdjusted} ("COUNT-n").
 * Reservations beyond the count turn back into backorders, newest confirmation first; a gain
 * fills backorders there. Answers the count's id, or {@code null} when nothing changed.
 *
 * <p>Rejections: INVALID_INPUT (counted negative or more than 4 decimals), UNKNOWN_REFERENCE.
 */
public final class CountStock {

  /**
   * @param warehouse where it was counted
   * @param sku the product
   * @param counted what was found, ≥ 0
   * @param date business date
   */
  public record Command(
      @NotNull WarehouseId warehouse, @NotNull Sku sku, @NotNull @PositiveOrZero BigDecimal counted, @NotNull LocalDate date) {}

  private final StockRoom room;

  CountStock(StockRoom room) {
    this.room = room;
  }

  public Outcome<String> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<String> decide(Command c) {
    if (c.warehouse() == null || c.sku() == null || c.date() == null) {
      return StockRoom.invalid("a count needs a warehouse, a sku and a date");
    }
    String problem = StockRoom.nonNegativeQuantityProblem(c.counted(), "counted quantity");
    if (problem != null) {
      return StockRoom.invalid(problem);
    }
    if (room.warehouses.find(c.warehouse()).isEmpty()) {
      return StockRoom.unknown("unknown warehouse " + c.warehouse());
    }
    Optional<Product> product = room.products.find(c.sku());
    if (product.isEmpty()) {
      return StockRoom.unknown("unknown sku " + c.sku());
    }
    Quantity counted = product.get().quantity(c.counted());
    StockKey key = new StockKey(c.sku(), c.warehouse());
    Optional<StockItem> existing = room.stockItems.find(key);
    if (existing.isEmpty() && counted.isZero()) {
      return Outcome.accepted(null);
    }
    StockItem item = existing.orElseGet(() -> room.itemOrNew(product.get(), c.warehouse()));
    Quantity difference = counted.minus(item.onHand());
    if (difference.isZero()) {
      return Outcome.accepted(null);
    }
    if (counted.isLessThan(item.reserved())) {
      backorderBeyond(item, counted);
    }
    Money value = item.count(counted);
    room.stockItems.save(item);
    if (difference.isPositive()) {
      room.fillBackorders(c.sku(), c.warehouse());
    }
    String countId = "COUNT-" + room.sequences.next("count");
    return Outcome.accepted(
        countId,
        List.of(new StockAdjusted(EventId.of(countId), c.date(), countId, c.sku(), c.warehouse(), difference, value)));
  }

  /** Releases reservations beyond {@code counted}: orders newest confirmation first (back to backorders), then others newest first. */
  private void backorderBeyond(StockItem item, Quantity counted) {
    Quantity excess = item.reserved().minus(counted);
    List<OrderAllocation> newestFirst = new ArrayList<>(room.allocations.all());
    java.util.Collections.reverse(newestFirst);
    for (OrderAllocation allocation : newestFirst) {
      if (!excess.isPositive()) {
        return;
      }
      Quantity held = item.reservation(allocation.reservationId());
      if (!held.isPositive()) {
        continue;
      }
      Quantity take = held.min(excess);
      item.release(allocation.reservationId(), take);
      allocation.unreserve(item.sku(), item.warehouse(), take);
      room.allocations.save(allocation);
      room.keepBackorderItem(allocation, item.sku());
      excess = excess.minus(take);
    }
    List<StockItem.Reservation> others = new ArrayList<>(item.reservations());
    java.util.Collections.reverse(others);
    for (StockItem.Reservation reservation : others) {
      if (!excess.isPositive()) {
        return;
      }
      Quantity take = reservation.quantity().min(excess);
      item.release(reservation.id(), take);
      excess = excess.minus(take);
    }
  }
}
