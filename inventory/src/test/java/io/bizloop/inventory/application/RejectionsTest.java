package io.bizloop.inventory.application;

import static io.bizloop.inventory.application.InventoryFixture.DAY;
import static io.bizloop.inventory.application.InventoryFixture.SUPPLIER;
import static io.bizloop.inventory.application.InventoryFixture.d;
import static io.bizloop.inventory.application.InventoryFixture.sku;
import static io.bizloop.inventory.application.InventoryFixture.wh;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SupplierId;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input answers with the right code, in the documented order, and changes nothing. */
class RejectionsTest {

  private InventoryFixture f;

  @BeforeEach
  void setUp() {
    f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").product("P-1").product("P-2");
    f.receive("WH-1", "P-1", "10", "2.00");
    f.confirm("SO-1", "WH-1", "P-1", "4");
    f.purchaseOrder("PO-1", "WH-1", "P-2", "5", "1.00");
  }

  private void assertRejected(RejectionCode code, Supplier<Outcome<?>> command) {
    List<StockRow> stock = f.inventory.stock();
    int events = f.published.size();
    var po = f.inventory.purchaseOrder(PurchaseOrderId.of("PO-1"));
    var order = f.inventory.order(io.bizloop.core.SalesOrderId.of("SO-1"));
    Outcome<?> outcome = command.get();
    assertThat(outcome.isRejected()).as("rejected").isTrue();
    assertThat(outcome.rejection().code()).as(outcome.rejection().message()).isEqualTo(code);
    assertThat(f.inventory.stock()).isEqualTo(stock);
    assertThat(f.published).hasSize(events);
    assertThat(f.inventory.purchaseOrder(PurchaseOrderId.of("PO-1"))).isEqualTo(po);
    assertThat(f.inventory.order(io.bizloop.core.SalesOrderId.of("SO-1"))).isEqualTo(order);
  }

  @Test
  void rejectsRegistrationsWithBadOrDuplicateIds() {
    assertRejected(RejectionCode.DUPLICATE_ID,
        () -> f.inventory.registerWarehouse().handle(new RegisterWarehouse.Command(wh("WH-1"), "Again", DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.registerWarehouse().handle(new RegisterWarehouse.Command(wh("WH-9"), " ", DAY)));
    assertRejected(RejectionCode.DUPLICATE_ID,
        () -> f.inventory.registerProduct().handle(new RegisterProduct.Command(sku("P-1"), "P", null, null, null, null, null, DAY)));
    assertRejected(RejectionCode.DUPLICATE_ID,
        () -> f.inventory.registerSupplier().handle(new RegisterSupplier.Command(SUPPLIER, "Again", DAY)));
    assertThat(f.inventory.warehouses()).containsExactly(wh("WH-1"), wh("WH-2"));
  }

  @Test
  void rejectsAProductPolicyWithOneFigureOrMaxBelowTheReorderPoint() {
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.registerProduct().handle(
            new RegisterProduct.Command(sku("P-9"), "P", null, null, null, Quantity.of(5), null, DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.registerProduct().handle(
            new RegisterProduct.Command(sku("P-9"), "P", null, null, null, Quantity.of(5), Quantity.of(4), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.registerProduct().handle(
            new RegisterProduct.Command(sku("P-9"), "P", null, null, null, Quantity.of(-1), Quantity.of(4), DAY)));
    assertThat(f.inventory.product(sku("P-9"))).isEmpty();
  }

  @Test
  void rejectsBadPurchaseOrdersInTheDocumentedOrder() {
    PlacePurchaseOrder place = f.inventory.placePurchaseOrder();
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> place.handle(new PlacePurchaseOrder.Command(PurchaseOrderId.of("PO-1"), SUPPLIER, wh("WH-1"), List.of(), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> place.handle(new PlacePurchaseOrder.Command(PurchaseOrderId.of("PO-1"), SUPPLIER, wh("WH-1"),
            List.of(new PlacePurchaseOrder.Line(sku("P-1"), d("1.00001"), d("1"))), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> place.handle(new PlacePurchaseOrder.Command(PurchaseOrderId.of("PO-2"), SUPPLIER, wh("WH-1"),
            List.of(new PlacePurchaseOrder.Line(sku("P-1"), d("1"), d("0"))), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> place.handle(new PlacePurchaseOrder.Command(PurchaseOrderId.of("PO-2"), SUPPLIER, wh("WH-1"),
            List.of(new PlacePurchaseOrder.Line(sku("P-1"), d("1"), d("1")), new PlacePurchaseOrder.Line(sku("P-1"), d("2"), d("1"))), DAY)));
    assertRejected(RejectionCode.DUPLICATE_ID,
        () -> place.handle(new PlacePurchaseOrder.Command(PurchaseOrderId.of("PO-1"), SupplierId.of("S-9"), wh("WH-1"),
            List.of(new PlacePurchaseOrder.Line(sku("P-1"), d("1"), d("1"))), DAY)));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE,
        () -> place.handle(new PlacePurchaseOrder.Command(PurchaseOrderId.of("PO-2"), SupplierId.of("S-9"), wh("WH-1"),
            List.of(new PlacePurchaseOrder.Line(sku("P-1"), d("1"), d("1"))), DAY)));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE,
        () -> place.handle(new PlacePurchaseOrder.Command(PurchaseOrderId.of("PO-2"), SUPPLIER, wh("WH-9"),
            List.of(new PlacePurchaseOrder.Line(sku("P-1"), d("1"), d("1"))), DAY)));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE,
        () -> place.handle(new PlacePurchaseOrder.Command(PurchaseOrderId.of("PO-2"), SUPPLIER, wh("WH-1"),
            List.of(new PlacePurchaseOrder.Line(sku("P-9"), d("1"), d("1"))), DAY)));
    assertThat(f.inventory.purchaseOrder(PurchaseOrderId.of("PO-2"))).isEmpty();
  }

  @Test
  void rejectsBadReceipts() {
    ReceivePurchase receive = f.inventory.receivePurchase();
    PurchaseOrderId po = PurchaseOrderId.of("PO-1");
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> receive.handle(new ReceivePurchase.Command(po, null, null, List.of(new ReceivePurchase.ReceiptLine(sku("P-2"), d("0"), null)), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> receive.handle(new ReceivePurchase.Command(null, SUPPLIER, wh("WH-1"), List.of(), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.tryReceive("WH-1", "P-1", "1", "0"));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE,
        () -> receive.handle(new ReceivePurchase.Command(PurchaseOrderId.of("PO-9"), null, null, List.of(), DAY)));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE,
        () -> receive.handle(new ReceivePurchase.Command(po, null, null, List.of(new ReceivePurchase.ReceiptLine(sku("P-1"), d("1"), null)), DAY)));
    assertRejected(RejectionCode.INVALID_STATE,
        () -> receive.handle(new ReceivePurchase.Command(po, null, null, List.of(new ReceivePurchase.ReceiptLine(sku("P-2"), d("6"), null)), DAY)));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.tryReceive("WH-9", "P-1", "1", "1"));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.tryReceive("WH-1", "P-9", "1", "1"));
    // a fully received order
    InventoryFixture.ok(receive.handle(new ReceivePurchase.Command(po, null, null, List.of(), DAY)));
    assertRejected(RejectionCode.INVALID_STATE,
        () -> receive.handle(new ReceivePurchase.Command(po, null, null, List.of(), DAY)));
  }

  @Test
  void rejectsBadTransfersAndCounts() {
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.tryTransfer("P-1", "WH-1", "WH-1", "1"));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.tryTransfer("P-1", "WH-1", "WH-2", "-1"));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.tryTransfer("P-1", "WH-1", "WH-9", "1"));
    // 10 on hand, 4 reserved: only 6 may move
    assertRejected(RejectionCode.INSUFFICIENT_STOCK, () -> f.tryTransfer("P-1", "WH-1", "WH-2", "7"));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.count("WH-1", "P-1", "-1"));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.count("WH-1", "P-1", "1.00001"));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.count("WH-9", "P-1", "1"));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.count("WH-1", "P-9", "1"));
  }

  @Test
  void rejectsBadShipmentsInTheDocumentedOrder() {
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.tryShip("SO-1", "P-1", "0"));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.tryShip("SO-1", "P-1", "1", "P-1", "1"));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.tryShip("SO-1", "P-2", "1"));
    assertRejected(RejectionCode.INSUFFICIENT_STOCK, () -> f.tryShip("SO-1", "P-1", "5"));
  }

  @Test
  void rejectsLowLevelReservationsBeyondAvailable() {
    ReserveStock reserve = f.inventory.reserveStock();
    assertRejected(RejectionCode.INSUFFICIENT_STOCK,
        () -> reserve.handle(new ReserveStock.Command(sku("P-1"), wh("WH-1"), "R-1", d("7"), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> reserve.handle(new ReserveStock.Command(sku("P-1"), wh("WH-1"), " ", d("1"), DAY)));
    InventoryFixture.ok(reserve.handle(new ReserveStock.Command(sku("P-1"), wh("WH-1"), "R-1", d("6"), DAY)));
    assertThat(f.stock("WH-1", "P-1").available().isZero()).isTrue();
    InventoryFixture.ok(
        f.inventory.releaseStock().handle(new ReleaseStock.Command(sku("P-1"), wh("WH-1"), "R-1", null, DAY)));
    assertThat(f.stock("WH-1", "P-1").available().toPlainString()).isEqualTo("6");
  }
}
