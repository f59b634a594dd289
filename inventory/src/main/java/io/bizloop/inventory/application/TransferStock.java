package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.Issue;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.port.Products;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.Warehouses;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Moves unreserved stock between warehouses at the source's issue cost (moving average: its
 * share of the value; FIFO: the layers taken, carried as the destination's newest layers), then
 * fills backorders at the destination. No accounting event: both sides use one account.
 *
 * <p>Rejections: INVALID_INPUT (quantity, same warehouse), UNKNOWN_REFERENCE (sku, warehouses),
 * INSUFFICIENT_STOCK (more than is available at the source), CONFLICT.
 */
public final class TransferStock implements UseCase<TransferStock.Command, Void> {

  /**
   * What to move.
   *
   * @param sku the product
   * @param from the source warehouse
   * @param to the destination warehouse, not the source
   * @param quantity how much, positive, at most 1e9 with 4 decimals
   * @param date business date
   */
  public record Command(
      @NotNull Sku sku,
      @NotNull WarehouseId from,
      @NotNull WarehouseId to,
      @NotNull @Positive BigDecimal quantity,
      @NotNull LocalDate date) {

    /**
     * A transfer, the quantity as text.
     *
     * @param sku the product
     * @param from the source warehouse
     * @param to the destination warehouse
     * @param quantity how much
     * @param date business date
     * @return the command
     * @throws NumberFormatException when the quantity is not a number
     */
    public static Command of(Sku sku, WarehouseId from, WarehouseId to, String quantity, LocalDate date) {
      return new Command(sku, from, to, new BigDecimal(quantity), date);
    }

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          () -> Checks.present(sku, "sku"),
          () -> Checks.present(from, "source warehouse"),
          () -> Checks.present(to, "destination warehouse"),
          () -> Checks.present(date, "date"),
          () -> Checks.positiveQuantity(quantity, "transferred quantity"),
          () -> from.equals(to) ? "transfer of " + sku + " from " + from + " to itself" : null);
    }
  }

  private final Warehouses warehouses;
  private final Products products;
  private final StockItems items;
  private final Restocking restocking;

  /**
   * The use case over its ports.
   *
   * @param warehouses the warehouses
   * @param products the product catalogue
   * @param items the stock items
   * @param restocking puts the goods away at the destination and fills backorders there
   */
  public TransferStock(Warehouses warehouses, Products products, StockItems items, Restocking restocking) {
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.products = Objects.requireNonNull(products, "products");
    this.items = Objects.requireNonNull(items, "items");
    this.restocking = Objects.requireNonNull(restocking, "restocking");
  }

  /**
   * Moves the stock.
   *
   * @param command what to move
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
    if (warehouses.find(command.from()).isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown warehouse " + command.from());
    }
    if (warehouses.find(command.to()).isEmpty()) {
      return Outcome.rejected(RejectionCode.UNKNOWN_REFERENCE, "unknown warehouse " + command.to());
    }
    StockItem source = restocking.itemFor(product.get(), command.from());
    Outcome<Issue> taken = source.takeOut(product.get().quantity(command.quantity()));
    if (taken.isRejected()) {
      return taken.rejectedAs();
    }
    Outcome<Void> saved = items.save(source);
    if (saved.isRejected()) {
      return saved;
    }
    StockItem destination = restocking.itemFor(product.get(), command.to());
    destination.putAway(taken.value().layers());
    return restocking.saveAndFill(destination);
  }
}
