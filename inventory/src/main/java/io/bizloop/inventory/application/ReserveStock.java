package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.ReservationId;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.StockReservations;
import io.bizloop.inventory.port.Warehouses;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Low-level: reserves stock of one sku in one warehouse under a stand-alone reservation (not a
 * sales order's), all or nothing; a second reservation under the same id tops it up. The stock
 * item decides (see {@link StockItem#reserve}); its optimistic lock makes sure reservations never
 * exceed what is on hand under concurrency. A store may offer a fast path ({@link StockReservations}:
 * one conditional change of the stored item); when it declines, the whole item decides.
 *
 * <p>Rejections: INVALID_INPUT (quantity), UNKNOWN_REFERENCE (sku, warehouse), INSUFFICIENT_STOCK
 * (more than is available), CONFLICT.
 */
public final class ReserveStock implements UseCase<ReserveStock.Command, Void> {

  /**
   * What to reserve.
   *
   * @param sku the product
   * @param warehouse where
   * @param reservation the reservation's id
   * @param quantity how much, positive, at most 1e9 with 4 decimals
   * @param date business date
   */
  public record Command(
      @NotNull Sku sku,
      @NotNull WarehouseId warehouse,
      @NotNull ReservationId reservation,
      @NotNull @Positive BigDecimal quantity,
      @NotNull LocalDate date) {

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
          Checks.positiveQuantity(quantity, "reserved quantity"));
    }
  }

  private final Products products;
  private final Warehouses warehouses;
  private final StockItems items;
  private final StockReservations reservations;
  private final InventorySettings settings;

  /**
   * The use case over its ports.
   *
   * @param products the product catalogue
   * @param warehouses the warehouses
   * @param items the stock items
   * @param reservations the store's fast path ({@link StockReservations#none()} for none)
   * @param settings the company settings (the currency of a stock item not yet stored)
   */
  public ReserveStock(
      Products products, Warehouses warehouses, StockItems items, StockReservations reservations,
      InventorySettings settings) {
    this.products = Objects.requireNonNull(products, "products");
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.items = Objects.requireNonNull(items, "items");
    this.reservations = Objects.requireNonNull(reservations, "reservations");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Reserves the stock.
   *
   * @param command what to reserve
   * @return done
   */
  @Override
  public Outcome<Void> handle(Command command) {
    Optional<Rejection> invalid = command == null ? Checks.missingCommand() : command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<Product> product = products.find(command.sku());
    if (product.isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown sku " + command.sku());
    }
    Product p = product.get();
    StockKey key = new StockKey(command.sku(), command.warehouse());
    Quantity quantity = p.quantity(command.quantity());
    if (quantity.isPositive() && reservations.tryReserve(key, command.reservation(), quantity)) {
      return Outcome.done(); // the store's one conditional change did it (a stored item's warehouse is registered)
    }
    if (warehouses.find(command.warehouse()).isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown warehouse " + command.warehouse());
    }
    StockItem item =
        items
            .find(key)
            .orElseGet(() -> StockItem.create(p.sku(), command.warehouse(), p.unit(), p.costing(), settings.currency()));
    Outcome<Void> reserved = item.reserve(command.reservation(), quantity);
    if (reserved.isRejected()) {
      return reserved;
    }
    return items.save(item);
  }
}
