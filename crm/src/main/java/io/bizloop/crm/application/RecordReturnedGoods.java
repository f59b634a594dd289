package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;

import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.SalesOrders;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Policy on GoodsReturned: the returned cost lowers the order's (and so the customer's) cost of
 * goods. Orders crm does not know are ignored. Rejections: INVALID_INPUT (no event).
 */
public final class RecordReturnedGoods {

  private final SalesOrders orders;

  /**
   * The policy over its port.
   *
   * @param orders the sales orders
   */
  public RecordReturnedGoods(SalesOrders orders) {
    this.orders = Objects.requireNonNull(orders, "orders");
  }

  /**
   * Records the returned cost on its order.
   *
   * @param event what came back into stock
   * @return done (also for an order crm does not know); INVALID_INPUT, CONFLICT
   */
  public Outcome<Void> on(GoodsReturned event) {
    if (event == null) {
      return Outcome.rejected(INVALID_INPUT, "event is missing");
    }
    Optional<SalesOrder> found = orders.find(event.order());
    if (found.isEmpty()) {
      return Outcome.done();
    }
    SalesOrder order = found.get();
    Map<Sku, Money> costs = new LinkedHashMap<>();
    event.lines().forEach(l -> costs.merge(l.sku(), l.cost(), Money::plus));
    order.recordReturnedCost(costs, event.date());
    return orders.save(order);
  }
}
