package io.bizloop.inventory.application;

import io.bizloop.core.Outcome;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.StockItem;
import io.bizloop.inventory.domain.StockKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Policy on {@link SalesOrderCancelled}: releases exactly what the order reserved (invariant 12),
 * drops its backorders, and offers the released stock to other open backorders warehouse by
 * warehouse in registration order. An order inventory never confirmed is accepted as is.
 */
public final class ReleaseCancelledOrder {

  private final StockRoom room;

  ReleaseCancelledOrder(StockRoom room) {
    this.room = room;
  }

  public Outcome<Void> handle(SalesOrderCancelled event) {
    return room.react(event, () -> decide(event));
  }

  private Outcome<Void> decide(SalesOrderCancelled e) {
    Optional<OrderAllocation> found = room.allocations.find(e.order());
    if (found.isEmpty() || found.get().cancelled()) {
      return Outcome.done();
    }
    OrderAllocation allocation = found.get();
    List<OrderAllocation.Released> released = allocation.cancel();
    List<StockKey> freed = new ArrayList<>();
    for (OrderAllocation.Released r : released) {
      StockKey key = new StockKey(r.sku(), r.warehouse());
      StockItem item = room.stockItems.find(key).orElseThrow(() -> new IllegalStateException("no stock item " + key));
      item.release(allocation.reservationId(), r.quantity());
      room.stockItems.save(item);
      freed.add(key);
    }
    room.allocations.save(allocation);
    room.fillBackorders(freed);
    return Outcome.done();
  }
}
