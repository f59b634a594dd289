package io.bizloop.inventory.application;

import io.bizloop.core.EventId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.inventory.domain.Issue;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Ships reserved stock of a confirmed order. A line reserved in several warehouses ships from
 * them in registration order, each at its own issue cost. Publishes {@link GoodsShipped} (one
 * line per sku × warehouse); answers the shipment id ("&lt;order&gt;/S&lt;n&gt;").
 *
 * <p>Rejections: INVALID_INPUT (quantity, a sku twice), UNKNOWN_REFERENCE (a sku not on the
 * order), INVALID_STATE (order not confirmed, cancelled or fully shipped), INSUFFICIENT_STOCK
 * (nothing reserved, or a line beyond what is reserved for it).
 */
public final class ShipOrder {

  /**
   * @param sku the product
   * @param quantity how much, positive
   */
  public record Line(@NotNull Sku sku, @NotNull @Positive BigDecimal quantity) {}

  /**
   * @param order the sales order
   * @param lines what to ship; empty for everything reserved
   * @param date business date
   */
  public record Command(@NotNull SalesOrderId order, List<@Valid @NotNull Line> lines, @NotNull LocalDate date) {}

  private record Take(Sku sku, Quantity quantity) {}

  private final StockRoom room;

  ShipOrder(StockRoom room) {
    this.room = room;
  }

  public Outcome<String> handle(Command command) {
    return room.run(command, () -> decide(command));
  }

  private Outcome<String> decide(Command c) {
    if (c.order() == null || c.date() == null) {
      return StockRoom.invalid("a shipment needs an order and a date");
    }
    List<Line> given = c.lines() == null ? List.of() : c.lines();
    Set<Sku> seen = new HashSet<>();
    for (Line line : given) {
      if (line == null || line.sku() == null) {
        return StockRoom.invalid("a shipment line needs a sku");
      }
      String problem = StockRoom.positiveQuantityProblem(line.quantity(), "shipped quantity of " + line.sku());
      if (problem != null) {
        return StockRoom.invalid(problem);
      }
      if (!seen.add(line.sku())) {
        return StockRoom.invalid("the shipment has " + line.sku() + " twice");
      }
    }
    Optional<OrderAllocation> found = room.allocations.find(c.order());
    if (found.isEmpty()) {
      return StockRoom.invalidState("order " + c.order() + " is not confirmed");
    }
    OrderAllocation allocation = found.get();
    for (Line line : given) {
      if (allocation.line(line.sku()).isEmpty()) {
        return StockRoom.unknown(line.sku() + " is not on order " + c.order());
      }
    }
    if (allocation.cancelled()) {
      return StockRoom.invalidState("order " + c.order() + " is cancelled");
    }
    if (allocation.fullyShipped()) {
      return StockRoom.invalidState("order " + c.order() + " is fully shipped");
    }
    List<Take> takes = new ArrayList<>();
    if (given.isEmpty()) {
      for (OrderAllocation.Line line : allocation.lines()) {
        if (line.reservedTotal().isPositive()) {
          takes.add(new Take(line.sku(), line.reservedTotal()));
        }
      }
      if (takes.isEmpty()) {
        return StockRoom.insufficient("nothing is reserved for order " + c.order());
      }
    } else {
      for (Line line : given) {
        OrderAllocation.Line ordered = allocation.line(line.sku()).orElseThrow();
        Quantity q = Quantity.of(line.quantity(), ordered.ordered().unit());
        if (q.isGreaterThan(ordered.reservedTotal())) {
          return StockRoom.insufficient(
              "shipping " + q.toPlainString() + " of " + line.sku() + " on " + c.order() + ", only "
                  + ordered.reservedTotal().toPlainString() + " reserved");
        }
        takes.add(new Take(line.sku(), q));
      }
    }
    List<GoodsShipped.Line> shipped = new ArrayList<>();
    for (Take take : takes) {
      OrderAllocation.Line line = allocation.line(take.sku()).orElseThrow();
      List<WarehouseId> from =
          room.inRegistrationOrder(line.reserved().stream().map(OrderAllocation.WarehouseQuantity::warehouse).toList());
      Quantity left = take.quantity();
      for (WarehouseId warehouse : from) {
        if (!left.isPositive()) {
          break;
        }
        Quantity part = left.min(line.reservedIn(warehouse));
        if (!part.isPositive()) {
          continue;
        }
        StockItem item =
            room.stockItems
                .find(new StockKey(take.sku(), warehouse))
                .orElseThrow(() -> new IllegalStateException("no stock item " + take.sku() + "@" + warehouse));
        Issue issue = item.ship(allocation.reservationId(), part);
        room.stockItems.save(item);
        allocation.ship(take.sku(), warehouse, part, issue.cost());
        shipped.add(new GoodsShipped.Line(take.sku(), warehouse, part, issue.cost()));
        left = left.minus(part);
      }
    }
    String shipment = allocation.nextShipment();
    room.allocations.save(allocation);
    return Outcome.accepted(
        shipment,
        List.of(
            new GoodsShipped(
                EventId.of(shipment.replace("/S", "/ship/")), c.date(), shipment, c.order(), allocation.customer(), shipped)));
  }
}
