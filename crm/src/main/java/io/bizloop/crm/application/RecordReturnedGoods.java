package io.bizloop.crm.application;

import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.event.GoodsReturned;
import java.util.LinkedHashMap;
import java.util.Map;

/** Policy on GoodsReturned: the returned cost lowers the order's (and so the customer's) cost of goods. */
final class RecordReturnedGoods {

  private final CrmContext ctx;

  RecordReturnedGoods(CrmContext ctx) {
    this.ctx = ctx;
  }

  Outcome<Void> on(GoodsReturned event) {
    return UseCase.onKnownOrder(
        ctx,
        event.order(),
        order -> {
          Map<Sku, Money> costs = new LinkedHashMap<>();
          event.lines().forEach(l -> costs.merge(l.sku(), l.cost(), Money::plus));
          order.recordReturnedCost(costs, event.date());
          return Outcome.done();
        });
  }
}
