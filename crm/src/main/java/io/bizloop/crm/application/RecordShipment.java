package io.bizloop.crm.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;

import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.port.SalesOrders;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Policy on GoodsShipped: for an order crm knows, adds what shipped per line (the event's lines
 * summed per sku) and its cost (customer value), moves the status, and under SHIPMENT recognition
 * publishes RevenueRecognised (document = the shipment, event id {@code shipment-revenue:<shipment>}).
 * Orders crm does not know are ignored. Rejections: INVALID_INPUT (no event), INVALID_STATE (a
 * draft or cancelled order), UNKNOWN_REFERENCE (a sku not on it).
 */
public final class RecordShipment {

  private final SalesOrders orders;
  private final EventPublisher publisher;
  private final CrmSettings settings;

  /**
   * The policy over its ports.
   *
   * @param orders the sales orders
   * @param publisher where RevenueRecognised goes
   * @param settings the company settings (recognition point)
   */
  public RecordShipment(SalesOrders orders, EventPublisher publisher, CrmSettings settings) {
    this.orders = Objects.requireNonNull(orders, "orders");
    this.publisher = Objects.requireNonNull(publisher, "publisher");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * Records the shipment on its order.
   *
   * @param event what inventory shipped
   * @return done (also for an order crm does not know); INVALID_INPUT, INVALID_STATE,
   *     UNKNOWN_REFERENCE, or a subscriber's rejection
   */
  public Outcome<Void> on(GoodsShipped event) {
    if (event == null) {
      return Outcome.rejected(INVALID_INPUT, "event is missing");
    }
    Optional<SalesOrder> found = orders.find(event.order());
    if (found.isEmpty()) {
      return Outcome.done();
    }
    SalesOrder order = found.get();
    Map<Sku, BigDecimal> quantities;
    Map<Sku, Money> costs;
    List<GoodsShipped.Line> shipped = event.lines();
    if (shipped.size() == 1) { // the common shipment: no maps to build and merge into
      GoodsShipped.Line only = shipped.get(0);
      quantities = Map.of(only.sku(), only.quantity().value());
      costs = Map.of(only.sku(), only.cost());
    } else {
      quantities = new LinkedHashMap<>();
      costs = new LinkedHashMap<>();
      for (GoodsShipped.Line line : shipped) {
        quantities.merge(line.sku(), line.quantity().value(), BigDecimal::add);
        costs.merge(line.sku(), line.cost(), Money::plus);
      }
    }
    Outcome<Void> decision =
        order.recordShipment(event.shipment(), quantities, costs, settings.recognition(), event.date());
    if (decision.isRejected()) {
      return decision;
    }
    Outcome<Void> saved = orders.save(order);
    return saved.isRejected() ? saved : publisher.publishEventsOf(decision);
  }
}
