package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.Issue;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Moves unreserved stock between warehouses at the source's issue cost (moving average: its
 * share of the value; FIFO: the layers taken, carried as the destination's newest layers), then
 * fills backorders at the destination. No accounting event: both sides use one account.
 *
 * <p>Rejections: INVALID_INPUT (quantity, same warehouse), UNKNOWN_REFERENCE (sku, warehouses),
 * INSUFFICIENT_STOCK (more than is available at the source).
 */
public final class TransferStock {

  /**
   * @param sku the product
   * @param from the source warehouse
   * @param to the destination warehouse
   * @param quantity how much, positive
   * @param date business date
   */
  public record Command(
      @NotNull Sku sku,
      @NotNull WarehouseId from,
      @NotNull WarehouseId to,
      @NotNull @Positive BigDecimal quantity,
      @NotNull LocalDate date) {}

  private final StockRoom room;

  TransferStock(StockRoom room) {
    this.room = room;
  }

  public Outcome<Void> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<Void> decide(Command c) {
    if (c.sku() == null || c.from() == null || c.to() == null || c.date() == null) {
      return StockRoom.invalid("a transfer needs a sku, both warehouses and a date");
    }
    String problem = StockRoom.positiveQuantityProblem(c.quantity(), "transferred quantity");
    if (problem != null) {
      return StockRoom.invalid(problem);
    }
    if (c.from().equals(c.to())) {
      return StockRoom.invalid("transfer of " + c.sku() + " from " + c.from() + " to itself");
    }
    Optional<Product> product = room.products.find(c.sku());
    if (product.isEmpty()) {
      return StockRoom.unknown("unknown sku " + c.sku());
    }
    if (room.warehouses.find(c.from()).isEmpty()) {
      return StockRoom.unknown("unknown warehouse " + c.from());
    }
    if (room.warehouses.find(c.to()).isEmpty()) {
      return StockRoom.unknown("unknown warehouse " + c.to());
    }
    Quantity quantity = product.get().quantity(c.quantity());
    Optional<StockItem> source = room.stockItems.find(new StockKey(c.sku(), c.from()));
    Quantity available = source.map(StockItem::available).orElse(product.get().zero());
    if (quantity.isGreaterThan(available)) {
      return StockRoom.insufficient(
          "transfer of " + quantity.toPlainString() + " " + c.sku() + " from " + c.from() + ": only "
              + available.toPlainString() + " available");
    }
    StockItem from = source.orElseThrow();
    Issue issue = from.takeOut(quantity);
    room.stockItems.save(from);
    StockItem to = room.itemOrNew(product.get(), c.to());
    to.putAway(issue.layers());
    room.stockItems.save(to);
    room.fillBackorders(c.sku(), c.to());
    return Outcome.done();
  }
}
