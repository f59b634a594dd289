package io.bizloop.inventory.application;

import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Quantity;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.ReturnAccepted;
import io.bizloop.inventory.domain.CostLayer;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Policy on {@link ReturnAccepted}: the goods re-enter the named warehouse, else the first
 * (registration order) the line shipped from, at round(remaining shipped cost × q / remaining
 * shipped quantity) of that order line (FIFO: as the newest layer); then backorders there are
 * filled. Publishes {@link GoodsReturned} (event id "&lt;returnId&gt;/restock").
 *
 * <p>Rejections: INVALID_INPUT (a sku twice), UNKNOWN_REFERENCE (warehouse, a sku not on the
 * order), INVALID_STATE (order unknown to inventory, more than shipped − returned).
 */
public final class TakeBackReturn {

  private final StockRoom room;

  TakeBackReturn(StockRoom room) {
    this.room = room;
  }

  public Outcome<Void> handle(ReturnAccepted event) {
    return room.react(event, () -> decide(event));
  }

  private Outcome<Void> decide(ReturnAccepted e) {
    Set<Sku> seen = new HashSet<>();
    for (ReturnAccepted.Line line : e.lines()) {
      if (!seen.add(line.sku())) {
        return StockRoom.invalid("return " + e.returnId() + " has " + line.sku() + " twice");
      }
    }
    if (e.warehouse() != null && room.warehouses.find(e.warehouse()).isEmpty()) {
      return StockRoom.unknown("unknown warehouse " + e.warehouse());
    }
    Optional<OrderAllocation> found = room.allocations.find(e.order());
    if (found.isEmpty()) {
      return StockRoom.invalidState("order " + e.order() + " never shipped anything");
    }
    OrderAllocation allocation = found.get();
    for (ReturnAccepted.Line line : e.lines()) {
      if (allocation.line(line.sku()).isEmpty()) {
        return StockRoom.unknown(line.sku() + " is not on order " + e.order());
      }
    }
    for (ReturnAccepted.Line line : e.lines()) {
      OrderAllocation.Line ordered = allocation.line(line.sku()).orElseThrow();
      Quantity q = Quantity.of(line.quantity().value(), ordered.ordered().unit());
      if (q.isGreaterThan(ordered.returnable())) {
        return StockRoom.invalidState(
            "returning " + q.toPlainString() + " of " + line.sku() + " on " + e.order() + ", only "
                + ordered.returnable().toPlainString() + " shipped and not returned");
      }
    }
    List<GoodsReturned.Line> returned = new ArrayList<>();
    List<StockKey> restocked = new ArrayList<>();
    for (ReturnAccepted.Line line : e.lines()) {
      OrderAllocation.Line ordered = allocation.line(line.sku()).orElseThrow();
      Quantity q = Quantity.of(line.quantity().value(), ordered.ordered().unit());
      Money cost = allocation.returnCost(line.sku(), q);
      WarehouseId warehouse =
          e.warehouse() != null ? e.warehouse() : room.inRegistrationOrder(ordered.shippedFrom()).get(0);
      Product product = room.products.find(line.sku()).orElseThrow(() -> new IllegalStateException("unknown " + line.sku()));
      StockItem item = room.itemOrNew(product, warehouse);
      item.putAway(List.of(new CostLayer(q, cost)));
      room.stockItems.save(item);
      allocation.recordReturn(line.sku(), q, cost);
      returned.add(new GoodsReturned.Line(line.sku(), warehouse, q, cost));
      restocked.add(item.key());
    }
    room.allocations.save(allocation);
    room.fillBackorders(restocked);
    return Outcome.accepted(
        null,
        List.of(
            new GoodsReturned(
                EventId.of(e.returnId() + "/restock"), e.date(), e.returnId(), e.order(), e.customer(), returned)));
  }
}
