package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.Rejection;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.Sku;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UseCase;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import io.bizloop.inventory.port.OrderAllocations;
import io.bizloop.inventory.port.StockItems;
import io.bizloop.inventory.port.Warehouses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Ships reserved stock of a confirmed order; the order's allocation decides (see
 * {@link OrderAllocation#ship}). A line reserved in several warehouses ships from them in
 * registration order, each at its own issue cost. Publishes {@link GoodsShipped} (one line per
 * sku × warehouse, event id {@code ship:<order>/S<n>}); answers the shipment's id, numbered per
 * order.
 *
 * <p>Rejections: INVALID_INPUT (quantity, a sku twice), UNKNOWN_REFERENCE (an order inventory
 * never saw confirmed, a sku not on the order), INVALID_STATE (order cancelled or fully shipped),
 * INSUFFICIENT_STOCK (nothing reserved, or a line beyond what is reserved for it), CONFLICT.
 */
public final class ShipOrder implements UseCase<ShipOrder.Command, ShipmentId> {

  /**
   * One sku to ship.
   *
   * @param sku the product
   * @param quantity how much, positive, at most 1e9 with 4 decimals
   */
  public record Line(@NotNull Sku sku, @NotNull @Positive BigDecimal quantity) {}

  /**
   * What to ship. {@link #all} ships everything reserved; add lines to ship only part:
   * {@code Command.all(order, day).line(chair, "2")}.
   *
   * @param order the sales order
   * @param lines what to ship, each sku once; empty for everything reserved
   * @param date business date
   */
  public record Command(@NotNull SalesOrderId order, List<@Valid @NotNull Line> lines, @NotNull LocalDate date) {

    /**
     * Keeps the lines as given (a missing list is empty), unmodifiable.
     *
     * @param order the sales order
     * @param lines what to ship, each sku once; empty for everything reserved
     * @param date business date
     */
    public Command {
      lines = lines == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lines));
    }

    /**
     * Ships everything reserved for {@code order}, unless lines are added.
     *
     * @param order the sales order
     * @param date business date
     * @return the command
     */
    public static Command all(SalesOrderId order, LocalDate date) {
      return new Command(order, List.of(), date);
    }

    /**
     * The same command with one more line: only the lines given ship.
     *
     * @param sku the product
     * @param quantity how much
     * @return a new command
     */
    public Command line(Sku sku, BigDecimal quantity) {
      List<Line> more = new ArrayList<>(lines);
      more.add(new Line(sku, quantity));
      return new Command(order, more, date);
    }

    /**
     * The same command with one more line, the quantity as text.
     *
     * @param sku the product
     * @param quantity how much
     * @return a new command
     * @throws NumberFormatException when the quantity is not a number
     */
    public Command line(Sku sku, String quantity) {
      return line(sku, new BigDecimal(quantity));
    }

    /**
     * The first problem with the command's shape.
     *
     * @return an INVALID_INPUT rejection, or empty when well formed
     */
    public Optional<Rejection> check() {
      return Checks.first(
          () -> Checks.present(order, "order"),
          () -> Checks.present(date, "date"),
          () -> Checks.each(
              lines,
              line -> line == null || line.sku() == null
                  ? "a shipment line needs a sku"
                  : Checks.positiveQuantity(line.quantity(), "shipped quantity of " + line.sku())),
          () -> Checks.distinct(lines, Line::sku, "the shipment"));
    }
  }

  private final OrderAllocations allocations;
  private final StockItems items;
  private final Warehouses warehouses;
  private final EventPublisher publisher;

  /**
   * The use case over its ports.
   *
   * @param allocations the orders' allocations
   * @param items the stock items
   * @param warehouses the warehouses (their registration order)
   * @param publisher where {@link GoodsShipped} goes
   */
  public ShipOrder(OrderAllocations allocations, StockItems items, Warehouses warehouses, EventPublisher publisher) {
    this.allocations = Objects.requireNonNull(allocations, "allocations");
    this.items = Objects.requireNonNull(items, "items");
    this.warehouses = Objects.requireNonNull(warehouses, "warehouses");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  /**
   * Ships the order.
   *
   * @param command what to ship
   * @return the shipment's id
   */
  @Override
  public Outcome<ShipmentId> handle(Command command) {
    Optional<Rejection> invalid = command == null ? Checks.missingCommand() : command.check();
    if (invalid.isPresent()) {
      return Outcome.rejected(invalid.get());
    }
    Optional<OrderAllocation> found = allocations.find(command.order());
    if (found.isEmpty()) {
      return Outcome.rejected(
          RejectionCode.UNKNOWN_REFERENCE, "order " + command.order() + " was never confirmed to inventory");
    }
    OrderAllocation allocation = found.get();
    Map<StockKey, StockItem> held = new LinkedHashMap<>();
    Map<StockKey, Quantity> onHandBefore = new LinkedHashMap<>();
    for (StockKey key : allocation.reservedAt()) {
      items.find(key).ifPresent(item -> {
        held.put(key, item);
        onHandBefore.put(key, item.onHand());
      });
    }
    List<OrderAllocation.Part> parts = new ArrayList<>(command.lines().size());
    for (Line line : command.lines()) {
      parts.add(new OrderAllocation.Part(line.sku(), line.quantity()));
    }
    List<io.bizloop.core.WarehouseId> order = warehouses.ids();
    Outcome<ShipmentId> decision = allocation.ship(parts, held, order, command.date());
    if (decision.isRejected()) {
      return decision;
    }
    for (Map.Entry<StockKey, StockItem> entry : held.entrySet()) {
      if (!entry.getValue().onHand().equals(onHandBefore.get(entry.getKey()))) {
        Outcome<Void> saved = items.save(entry.getValue());
        if (saved.isRejected()) {
          return saved.rejectedAs();
        }
      }
    }
    Outcome<Void> saved = allocations.save(allocation);
    if (saved.isRejected()) {
      return saved.rejectedAs();
    }
    return publisher.publishEventsOf(decision);
  }
}
