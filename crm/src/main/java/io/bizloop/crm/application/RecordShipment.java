package io.bizloop.crm.application;

import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.event.GoodsShipped;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Policy on GoodsShipped: for an order crm knows, adds what shipped per line (the event's lines
 * summed per sku) and its cost (customer value), moves the status, and under SHIPMENT recognition
 * publishes RevenueRecognised ({@code <shipment>/revenue}). Orders crm does not know are ignored.
 * Rejections: INVALID_STATE (a draft or cancelled order), UNKNOWN_REFERENCE (a sku not on it).
 */
final class RecordShipment {

  private final CrmContext ctx;

  RecordShipment(CrmContext ctx) {
    this.ctx = ctx;
  }

  Outcome<Void> on(GoodsShipped event) {
    return UseCase.onKnownOrder(
        ctx,
        event.order(),
        order -> {
          Map<Sku, BigDecimal> quantities = new LinkedHashMap<>();
          Map<Sku, Money> costs = new LinkedHashMap<>();
          for (GoodsShipped.Line line : event.lines()) {
            quantities.merge(line.sku(), line.quantity().value(), BigDecimal::add);
            costs.merge(line.sku(), line.cost(), Money::plus);
          }
          return order.recordShipment(event.shipment(), quantities, costs, ctx.settings().recognition(), event.date());
        });
  }
}
