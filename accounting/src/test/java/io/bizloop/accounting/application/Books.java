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
import io.bizloop.accounting.memory.InMemoryAccountingPorts;
import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.CreditNoteId;
import io.bizloop.core.InvoiceId;
import io.bizloop.core.PaymentId;
import io.bizloop.core.ReceiptId;
import io.bizloop.core.ReturnId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.StockCountId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.HostPorts;
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
  final AccountingSettings settings = AccountingSettings.chinaSmallEnterprise(CNY);
  final AccountingPorts ports = InMemoryAccountingPorts.create(unitOfWork);
  final HostPorts host = new HostPorts(bus, bus, unitOfWork, CommandValidator.none());
  final Accounting accounting = Accounting.install(host, settings, ports);
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

  private int next() {
    return ++sequence;
  }

  Books customer(String id) {
    publish(new CustomerRegistered(EventId.of("customer", id), NOV_1, CustomerId.of(id), "Customer " + id));
    return this;
  }

  Books supplier(String id) {
    publish(new SupplierRegistered(EventId.of("supplier", id), NOV_1, SupplierId.of(id), "Supplier " + id));
    return this;
  }

  GoodsReceived receipt(String supplier, String value, String vat, LocalDate date) {
    ReceiptId receipt = ReceiptId.of(next());
    return new GoodsReceived(EventId.of("receipt", receipt), date, receipt, SupplierId.of(supplier), WH, null,
        List.of(new GoodsReceived.Line(SKU, Quantity.of(1), cny(value), cny(vat))));
  }

  Outcome<Void> received(String supplier, String value, String vat, LocalDate date) {
    return publish(receipt(supplier, value, vat, date));
  }

  Outcome<Void> shipped(String order, String customer, String cost, LocalDate date) {
    ShipmentId shipment = ShipmentId.of(SalesOrderId.of(order), next());
    return publish(new GoodsShipped(EventId.of("ship", shipment), date, shipment, SalesOrderId.of(order),
        CustomerId.of(customer), List.of(new GoodsShipped.Line(SKU, WH, Quantity.of(1), cny(cost)))));
  }

  RevenueRecognised revenue(String order, String customer, String net, String vat, LocalDate date) {
    InvoiceId invoice = InvoiceId.of(SalesOrderId.of(order), next());
    return new RevenueRecognised(EventId.of("invoice-revenue", invoice), date, invoice, SalesOrderId.of(order),
        CustomerId.of(customer), new LineAmounts(cny(net), cny(vat)));
  }

  Outcome<Void> recognised(String order, String customer, String net, String vat, LocalDate date) {
    return publish(revenue(order, customer, net, vat, date));
  }

  Outcome<Void> credited(String order, String customer, String net, String vat, LocalDate date) {
    CreditNoteId note = CreditNoteId.of(SalesOrderId.of(order), next());
    return publish(new CreditNoteIssued(EventId.of("credit-note", note), date, note, SalesOrderId.of(order),
        CustomerId.of(customer), new LineAmounts(cny(net), cny(vat))));
  }

  Outcome<Void> returned(String order, String customer, String cost, LocalDate date) {
    ReturnId returnId = ReturnId.of(SalesOrderId.of(order), next());
    return publish(new GoodsReturned(EventId.of("return", returnId), date, returnId, SalesOrderId.of(order),
        CustomerId.of(customer), List.of(new GoodsReturned.Line(SKU, WH, Quantity.of(1), cny(cost)))));
  }

  Outcome<Void> adjusted(String difference, String value, LocalDate date) {
    StockCountId count = StockCountId.of(next());
    return publish(new StockAdjusted(EventId.of("count", count), date, count, SKU, WH, Quantity.of(difference),
        cny(value)));
  }

  Outcome<Void> cancelled(String order, String customer, LocalDate date) {
    return publish(new SalesOrderCancelled(EventId.of("cancel", SalesOrderId.of(order)), date, SalesOrderId.of(order),
        CustomerId.of(customer), true));
  }

  Outcome<PaymentId> payment(String customer, String amount, LocalDate date) {
    return accounting.receivePayment(ReceivePayment.Command.of(CustomerId.of(customer), amount, date));
  }

  Outcome<PaymentId> supplierPayment(String supplier, String amount, LocalDate date) {
    return accounting.paySupplier(PaySupplier.Command.of(SupplierId.of(supplier), amount, date));
  }

  Outcome<Long> journal(LocalDate date, PostJournalEntry.Line... lines) {
    PostJournalEntry.Command command = PostJournalEntry.Command.on(date).memo("manual");
    for (PostJournalEntry.Line line : lines) {
      command = command.line(line);
    }
    return accounting.postJournalEntry(command);
  }

  Outcome<Void> close(String period) {
    return accounting.closePeriod(ClosePeriod.Command.of(Period.parse(period), NOV_1));
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
