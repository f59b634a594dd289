package io.bizloop.accounting.application;

import io.bizloop.accounting.domain.StatementTotal;
import io.bizloop.accounting.domain.StatutoryStatement;
import io.bizloop.accounting.memory.InMemoryAccountingPorts;
import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.InvoiceId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.PaymentId;
import io.bizloop.core.Quantity;
import io.bizloop.core.ReceiptId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.event.BusinessEvent;
import io.bizloop.core.event.CustomerRegistered;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SupplierRegistered;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.HostPorts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * A test fixture for the statements: books on in-memory adapters under either chart, with the
 * business events other contexts would publish (a receipt, a shipment's cost, revenue) and the
 * accounting commands (payments, manual entries).
 */
final class StatementBooks {

  static final LocalDate START = LocalDate.of(2026, 11, 2);
  private static final WarehouseId WH = WarehouseId.of("WH-1");
  private static final Sku SKU = Sku.of("P-1");

  final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  final SynchronousEventBus bus = new SynchronousEventBus(new InMemoryProcessedEvents(unitOfWork));
  final AccountingSettings settings;
  final AccountingPorts ports = InMemoryAccountingPorts.create(unitOfWork);
  final Accounting accounting;
  private int sequence;

  private StatementBooks(AccountingSettings settings) {
    this.settings = settings;
    this.accounting =
        Accounting.install(new HostPorts(bus, bus, unitOfWork, CommandValidator.none()), settings, ports);
    publish(new CustomerRegistered(EventId.of("customer", "C-1"), START, CustomerId.of("C-1"), "Customer C-1"));
    publish(new SupplierRegistered(EventId.of("supplier", "S-1"), START, SupplierId.of("S-1"), "Supplier S-1"));
  }

  /** CNY books on the 小企业会计准则 chart, with customer C-1 and supplier S-1. */
  static StatementBooks china() {
    return new StatementBooks(AccountingSettings.chinaSmallEnterprise(Currency.getInstance("CNY")));
  }

  /** EUR books on the IFRS-style chart, with customer C-1 and supplier S-1. */
  static StatementBooks ifrs() {
    return new StatementBooks(AccountingSettings.ifrsGeneric(Currency.getInstance("EUR")));
  }

  Money money(String amount) {
    return Money.of(new BigDecimal(amount), settings.currency());
  }

  private void publish(BusinessEvent event) {
    Outcome<Void> outcome = unitOfWork.execute(() -> bus.publish(event));
    if (outcome.isRejected()) {
      throw new AssertionError("fixture event refused: " + outcome.rejection());
    }
  }

  /** A manual entry of two lines: {@code debit} and {@code credit} the same amount. */
  StatementBooks journal(LocalDate date, String debit, String credit, String amount) {
    accounting
        .postJournalEntry(PostJournalEntry.Command.on(date).memo("manual").debit(debit, amount).credit(credit, amount))
        .orElseThrow();
    return this;
  }

  /** Goods received from S-1 at {@code value}, VAT {@code vat} on top. */
  StatementBooks receipt(LocalDate date, String value, String vat) {
    ReceiptId receipt = ReceiptId.of(++sequence);
    publish(new GoodsReceived(EventId.of("receipt", receipt), date, receipt, SupplierId.of("S-1"), WH, null,
        List.of(new GoodsReceived.Line(SKU, Quantity.of(1), money(value), money(vat)))));
    return this;
  }

  /** A sale to C-1: the shipment's cost, then revenue {@code net} with VAT {@code vat}. */
  StatementBooks sale(LocalDate date, String order, String cost, String net, String vat) {
    ShipmentId shipment = ShipmentId.of(SalesOrderId.of(order), ++sequence);
    publish(new GoodsShipped(EventId.of("ship", shipment), date, shipment, SalesOrderId.of(order),
        CustomerId.of("C-1"), List.of(new GoodsShipped.Line(SKU, WH, Quantity.of(1), money(cost)))));
    InvoiceId invoice = InvoiceId.of(SalesOrderId.of(order), ++sequence);
    publish(new RevenueRecognised(EventId.of("invoice-revenue", invoice), date, invoice, SalesOrderId.of(order),
        CustomerId.of("C-1"), new LineAmounts(money(net), money(vat))));
    return this;
  }

  /** C-1 pays {@code amount}. */
  StatementBooks payment(LocalDate date, String amount) {
    Outcome<PaymentId> paid =
        accounting.receivePayment(ReceivePayment.Command.of(CustomerId.of("C-1"), amount, date));
    paid.orElseThrow();
    return this;
  }

  /** The company pays S-1 {@code amount}. */
  StatementBooks supplierPayment(LocalDate date, String amount) {
    accounting.paySupplier(PaySupplier.Command.of(SupplierId.of("S-1"), amount, date)).orElseThrow();
    return this;
  }

  /** A line's amount in a column, as plain text. */
  static String amount(StatutoryStatement statement, String key, int column) {
    return statement.row(key).amount(column).toPlainString();
  }

  /** A named figure in a column, as plain text. */
  static String total(StatutoryStatement statement, StatementTotal total, int column) {
    return statement.total(total, column).toPlainString();
  }
}
