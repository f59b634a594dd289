package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.Sku;
import io.bizloop.core.VatRate;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.CreditNoteIssued;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.ReturnAccepted;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.SalesOrderConfirmed;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.HostPorts;
import io.bizloop.crm.domain.CrmSettings;
import io.bizloop.crm.domain.RevenueRecognition;
import io.bizloop.crm.memory.InMemoryCrmPorts;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.ProductTerms;
import io.bizloop.crm.port.StockAvailability;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A crm wired over in-memory adapters, a map catalog and a tiny stand-in for inventory. */
final class CrmKit {

  static final Currency CNY = Currency.getInstance("CNY");
  static final LocalDate DAY = LocalDate.of(2026, 11, 1);
  static final WarehouseId WH = WarehouseId.of("WH-SH");

  final InMemoryUnitOfWork uow = new InMemoryUnitOfWork();
  final SynchronousEventBus bus = new SynchronousEventBus(new InMemoryProcessedEvents(uow));
  final Map<Sku, ProductTerms> products = new HashMap<>();
  final Set<WarehouseId> warehouses = new HashSet<>(Set.of(WH));
  final List<BusinessEvent> published = new ArrayList<>();
  final Crm crm;
  private final Map<SalesOrderId, Integer> shipments = new HashMap<>();
  /** What the books say each customer owes (none: zero). */
  final java.util.Map<io.bizloop.core.CustomerId, Money> open = new java.util.HashMap<>();

  /** What the books say each customer paid in advance (none: zero). */
  final java.util.Map<io.bizloop.core.CustomerId, Money> advances = new java.util.HashMap<>();

  /** When set, confirmations are refused the way inventory refuses them without a warehouse. */
  boolean inventoryRefusesConfirmation;

  CrmKit(RevenueRecognition recognition, boolean pricesIncludeVat) {
    CrmSettings settings = new CrmSettings(CNY, VatRate.STANDARD_CN, pricesIncludeVat, recognition);
    Catalog catalog =
        new Catalog() {
          @Override
          public Optional<ProductTerms> product(Sku sku) {
            return Optional.ofNullable(products.get(sku));
          }

          @Override
          public boolean warehouseExists(WarehouseId warehouse) {
            return warehouses.contains(warehouse);
          }
        };
    StockAvailability stock = (sku, warehouse) -> Quantity.of(100);
    crm = Crm.install(
        new HostPorts(bus, bus, uow, CommandValidator.none()), settings,
        InMemoryCrmPorts.create(
            uow, catalog, stock,
            io.bizloop.crm.port.Receivables.of(
                customer -> open.getOrDefault(customer, Money.zero(CNY)),
                customer -> advances.getOrDefault(customer, Money.zero(CNY)))));
    for (Class<? extends BusinessEvent> type :
        List.of(CustomerRegistered.class, SalesOrderConfirmed.class, SalesOrderCancelled.class,
            RevenueRecognised.class, CreditNoteIssued.class, ReturnAccepted.class, GoodsReturned.class)) {
      bus.subscribe("probe", type, e -> {
        published.add(e);
        return Outcome.done();
      });
    }
    bus.subscribe("inventory", SalesOrderConfirmed.class, e -> inventoryRefusesConfirmation
        ? Outcome.rejected(RejectionCode.INVALID_STATE, "no warehouse exists")
        : Outcome.done());
    // inventory takes returns back at 10.00 per unit and tells everyone
    bus.subscribe("inventory", ReturnAccepted.class, e -> {
      List<GoodsReturned.Line> lines = e.lines().stream()
          .map(l -> new GoodsReturned.Line(l.sku(), WH, l.quantity(), Money.of("10.00", "CNY").times(l.quantity().value())))
          .toList();
      return bus.publish(new GoodsReturned(EventId.of("goods-returned", e.returnId()), e.date(), e.returnId(), e.order(), e.customer(), lines));
    });
  }

  CrmKit() {
    this(RevenueRecognition.SHIPMENT, false);
  }

  CrmKit product(String sku) {
    products.put(Sku.of(sku), new ProductTerms("EA", VatRate.STANDARD_CN));
    return this;
  }

  CrmKit customer(String id) {
    crm.registerCustomer(RegisterCustomer.Command.of(CustomerId.of(id), "Customer " + id, DAY)).orElseThrow();
    return this;
  }

  /** Places and confirms an order of one line. */
  SalesOrderId confirmedOrder(String id, String customer, String sku, String qty, String unitPrice) {
    SalesOrderId order = SalesOrderId.of(id);
    crm.placeSalesOrder(
            PlaceSalesOrder.Command.of(order, CustomerId.of(customer), DAY).warehouse(WH).line(Sku.of(sku), qty, unitPrice))
        .orElseThrow();
    crm.confirmOrder(new ConfirmOrder.Command(order, DAY)).orElseThrow();
    return order;
  }

  /** What inventory would publish when it ships {@code qty} of {@code sku} at 10.00 a unit. */
  Outcome<Void> ship(SalesOrderId order, String customer, String sku, String qty) {
    ShipmentId shipment = ShipmentId.of(order, shipments.merge(order, 1, Integer::sum));
    BigDecimal q = new BigDecimal(qty);
    GoodsShipped event = new GoodsShipped(EventId.of("goods-shipped", shipment), DAY, shipment, order,
        CustomerId.of(customer),
        List.of(new GoodsShipped.Line(Sku.of(sku), WH, Quantity.of(q, "EA"), Money.of("10.00", "CNY").times(q))));
    return uow.execute(() -> bus.publish(event));
  }

  <E extends BusinessEvent> List<E> events(Class<E> type) {
    return published.stream().filter(type::isInstance).map(type::cast).toList();
  }

  static LineAmounts amounts(String net, String vat) {
    return new LineAmounts(Money.of(net, "CNY"), Money.of(vat, "CNY"));
  }
}
