package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.StockCountId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.StockAdjusted;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockCount;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.InventorySequences;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.Warehouses;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records a stock count, a fact never refused for its quantity. The difference (counted − on
 * hand) is valued — a gain at round(value × gain / onHand), else at the last receipt's unit cost,
 * else 0; a loss by the costing method — and published as {@link StockAdjusted} (event id
 * {@code count:COUNT-n}). Reservations beyond the count turn back into backorders, newest
 * confirmation first (see {@link StockCount}); a gain fills backorders there. Answers the count's
 * id, or empty when nothing changed.
 *
 * <p>Rejections: INVALID_INPUT (counted negative or out of bounds), UNKNOWN_REFERENCE, CONFLICT.
 */
public final class CountStock implements UseCase<CountStock.Command, Optional<StockCountId>> {

  /**
   * What was counted.
   *
   * @param warehouse where it was counted
   * @param sku the product
   * @param counted what was found, ≥ 0, at most 1e9 with 4 decimals
   * @param date business date
   */
  public record Command(
      @NotNull WarehouseId warehouse,
      @NotNull Sku sku,
      @NotNull @PositiveOrZero BigDecimal counted,
      @NotNull LocalDate date) {

    /**
     * A count, the quantity as text.
     *
     * @param warehouse where it was counted
     * @param sku the product
     * @param counted what was found
     * @param date business date
     * @return the command
     * @throws NumberFormatException when the quantity is not a number
     */
    public static Command of(WarehouseId warehouse, Sku sku, String counted, LocalDate date) {
      return new Command(warehouse, sku, new BigDecimal(counted), date);
    }

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          Checks.present(warehouse, "warehouse"),
          Checks.present(sku, "sku"),
          Checks.present(date, "date"),
          Checks.nonNegativeQuantity(counted, "counted quantity"));
    }
  }

  private final Warehouses warehouses;
  private final Products products;
  private final StockItems items;
  private final OrderAllocations allocations;
  private final InventorySequences sequences;
  private final EventPublisher publisher;
  private final Restocking restocking;

  /**
   * The use case over its ports.
   *
   * @param warehouses the warehouses
   * @param products the product catalogue
   * @param items the stock items
   * @param allocations the orders' allocations (reservations beyond the count go back to them)
   * @param sequences the count counter
   * @param publisher where {@link StockAdjusted} goes
   * @param restocking opens stock items and fills backorders after a gain
   */
  public CountStock(
      Warehouses warehouses,
      Products products,
      StockItems items,
      OrderAllocations allocations,
      InventorySequences sequences,
      EventPublisher publisher,
      Restocking restocking) {
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.products = Objects.requireNonNull(products, "products");
    this.items = Objects.requireNonNull(items, "items");
    this.allocations = Objects.requireNonNull(allocations, "allocations");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.restocking = Objects.requireNonNull(restocking, "restocking");
  }

  /**
   * Records the count.
   *
   * @param command what was counted
   * @return the count's id, or empty when on hand did not change
   */
  @Override
  public Outcome<Optional<StockCountId>> handle(Command command) {
    Optional<Rejection> invalid = command == null ? Checks.missingCommand() : command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    if (warehouses.find(command.warehouse()).isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown warehouse " + command.warehouse());
    }
    Optional<Product> product = products.find(command.sku());
    if (product.isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown sku " + command.sku());
    }
    Quantity counted = product.get().quantity(command.counted());
    StockKey key = new StockKey(command.sku(), command.warehouse());
    if (items.find(key).isEmpty() && counted.isZero()) {
      return Outcome.accepted(Optional.empty());
    }
    StockItem item = restocking.itemFor(product.get(), command.warehouse());
    if (counted.equals(item.onHand())) {
      return Outcome.accepted(Optional.empty());
    }
    List<OrderAllocation> holders = new ArrayList<>();
    if (counted.isLessThan(item.reserved())) {
      for (OrderAllocation allocation : allocations.all()) {
        if (allocation.line(key.sku()).map(l -> l.reservedIn(key.warehouse()).isPositive()).orElse(false)) {
          holders.add(allocation);
        }
      }
      Collections.reverse(holders);
    }
    StockCountId id = StockCountId.of(sequences.next("count"));
    Outcome<StockCount> decision = StockCount.apply(id, item, counted, holders, command.date());
    if (decision.isRejected()) {
      return decision.rejectedAs();
    }
    for (OrderAllocation allocation : decision.value().backordered()) {
      Outcome<Void> saved = allocations.save(allocation);
      if (saved.isRejected()) {
        return saved.rejectedAs();
      }
      saved = restocking.keepBackorderItem(allocation, product.get());
      if (saved.isRejected()) {
        return saved.rejectedAs();
      }
    }
    Outcome<Void> saved =
        decision.value().difference().isPositive() ? restocking.saveAndFill(item) : items.save(item);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return publisher.publishEventsOf(decision).map(count -> Optional.of(count.id()));
  }
}
