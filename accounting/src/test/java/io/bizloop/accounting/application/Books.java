package io.bizloop.accounting.application;

import io.bizloop.core.AccountCode;
import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.CreditNoteIssued;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.StockAdjusted;
import io.bizloop.core.event.SupplierRegistered;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A test fixture: CNY books on in-memory adapters, with helpers that publish the events other contexts would. */
final class Books {

  static final Currency CNY = Currency.getInstance("CNY");
  static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  static final WarehouseId WH = WarehouseId.of("WH-SH");
  static final Sku SKU = Sku.of("P-1");

  final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  final SynchronousEventBus bus = new SynchronousEventBus(new InMemoryProcessedEvents(unitOfWork));
  final Accounting accounting =
      Accounting.inMemory(bus, unitOfWork, AccountingSettings.chinaSmallEnterprise(CNY));
  private int sequence;

  static Money cny(String amount) {
    return Money.of(new BigDecimal(amount), CNY);
  }

  static AccountCode code(String code) {
    return AccountCode.of(code);
  }

  Outcome<Void> publish(BusinessEvent event) {
    return unitOfWork.execute(() -> bus.publish(event));
  }

  private EventId nextId(String prefix) {
    return EventId.of(prefix + "-" + (++sequence));
  }

  Books customer(String id) {
    publish(new CustomerRegistered(nextId("CUST"), NOV_1, CustomerId.of(id), "Customer " + id));
    return this;
  }

  Books supplier(String id) {
    publish(new SupplierRegistered(nextId("SUPP"), NOV_1, SupplierId.of(id), "Supplier " + id));
    return this;
  }

  GoodsReceived receipt(String supplier, String value, String vat, LocalDate date) {
    EventId id = nextId("RCPT");
    return new GoodsReceived(id, date, id.value(), SupplierId.of(supplier), WH, null,
        List.of(new GoodsReceived.Line(SKU, Quantity.of(1), cny(value), cny(vat))));
  }

  Outcome<Void> received(String supplier, String value, String vat, LocalDate date) {
    return publish(receipt(supplier, value, vat, date));
  }

  Outcome<Void> shipped(String order, String customer, String cost, LocalDate date) {
    EventId id = nextId("SHIP");
    return publish(new GoodsShipped(id, date, id.value(), SalesOrderId.of(order), CustomerId.of(customer),
        List.of(new GoodsShipped.Line(SKU, WH, Quantity.of(1), cny(cost)))));
  }

  RevenueRecognised revenue(String order, String customer, String net, String vat, LocalDate date) {
    EventId id = nextId(order + "/revenue");
    return new RevenueRecognised(id, date, id.value(), SalesOrderId.of(order), CustomerId.of(customer),
        new LineAmounts(cny(net), cny(vat)));
  }

  Outcome<Void> recognised(String order, String customer, String net, String vat, LocalDate date) {
    return publish(revenue(order, customer, net, vat, date));
  }

  Outcome<Void> credited(String order, String customer, String net, String vat, LocalDate date) {
    EventId id = nextId("CN");
    return publish(new CreditNoteIssued(id, date, id.value(), SalesOrderId.of(order), CustomerId.of(customer),
        new LineAmounts(cny(net), cny(vat))));
  }

  Outcome<Void> returned(String order, String customer, String cost, LocalDate date) {
    EventId id = nextId("RET");
    return publish(new GoodsReturned(id, date, id.value(), SalesOrderId.of(order), CustomerId.of(customer),
        List.of(new GoodsReturned.Line(SKU, WH, Quantity.of(1), cny(cost)))));
  }

  Outcome<Void> adjusted(String difference, String value, LocalDate date) {
    EventId id = nextId("COUNT");
    return publish(new StockAdjusted(id, date, id.value(), SKU, WH, Quantity.of(difference), cny(value)));
  }

  Outcome<Void> cancelled(String order, String customer, LocalDate date) {
    return publish(new SalesOrderCancelled(EventId.of(order + "/cancel"), date, SalesOrderId.of(order),
        CustomerId.of(customer), true));
  }

  Outcome<String> payment(String customer, String amount, LocalDate date) {
    return accounting.receivePayment().handle(
        new ReceivePayment.Command(CustomerId.of(customer), new BigDecimal(amount), date));
  }

  Outcome<String> supplierPayment(String supplier, String amount, LocalDate date) {
    return accounting.paySupplier().handle(
        new PaySupplier.Command(SupplierId.of(supplier), new BigDecimal(amount), date));
  }

  Outcome<Long> journal(LocalDate date, PostJournalEntry.Line... lines) {
    return accounting.postJournalEntry().handle(new PostJournalEntry.Command("manual", List.of(lines), date));
  }

  Outcome<Void> close(String period) {
    return accounting.closePeriod().handle(new ClosePeriod.Command(Period.parse(period), NOV_1));
  }

  Money balance(String account) {
    return accounting.balance(code(account));
  }

  /** The trial balance as code → plain amount. */
  Map<String, String> trialBalance() {
    Map<String, String> rows = new TreeMap<>();
    accounting.trialBalance().forEach(r -> rows.put(r.account().value(), r.balance().toPlainString()));
    return rows;
  }

  /** Everything a rejection must leave unchanged. */
  Object state() {
    return List.of(trialBalance(), accounting.journal(), accounting.receivables(), accounting.payables());
  }
}
