package io.bizloop.inventory.application;

import static io.bizloop.inventory.application.InventoryFixture.DAY;
import static io.bizloop.inventory.application.InventoryFixture.SUPPLIER;
import static io.bizloop.inventory.application.InventoryFixture.d;
import static io.bizloop.inventory.application.InventoryFixture.sku;
import static io.bizloop.inventory.application.InventoryFixture.wh;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bizloop.core.Outcome;
import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SupplierId;
import io.bizloop.inventory.domain.ReservationId;
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
        () -> f.inventory.registerWarehouse(new RegisterWarehouse.Command(wh("WH-1"), "Again", DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.registerWarehouse(new RegisterWarehouse.Command(wh("WH-9"), " ", DAY)));
    assertRejected(RejectionCode.DUPLICATE_ID,
        () -> f.inventory.registerProduct(RegisterProduct.Command.of(sku("P-1"), "P", DAY)));
    assertRejected(RejectionCode.DUPLICATE_ID,
        () -> f.inventory.registerSupplier(new RegisterSupplier.Command(SUPPLIER, "Again", DAY)));
    assertThat(f.inventory.warehouses()).containsExactly(wh("WH-1"), wh("WH-2"));
  }

  @Test
  void rejectsAProductPolicyWithOneFigureOrMaxBelowTheReorderPoint() {
    RegisterProduct.Command p9 = RegisterProduct.Command.of(sku("P-9"), "P", DAY);
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.registerProduct(p9.reorder(d("5"), null)));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.registerProduct(p9.reorder("5", "4")));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.registerProduct(p9.reorder("-1", "4")));
    assertThat(f.inventory.product(sku("P-9"))).isEmpty();
  }

  @Test
  void rejectsAProductVatRateAboveOneOrWithMoreThanFourDecimals() {
    RegisterProduct.Command p9 = RegisterProduct.Command.of(sku("P-9"), "P", DAY);
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.registerProduct(p9.vatRate(new io.bizloop.core.VatRate(d("1.00001")))));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.registerProduct(p9.vatRate(new io.bizloop.core.VatRate(d("0.12345")))));
    assertThat(f.inventory.registerProduct(p9.vatRate(new io.bizloop.core.VatRate(d("0.0625")))).isAccepted()).isTrue();
  }

  @Test
  void rejectsBadProductUnitsAndNames() {
    RegisterProduct.Command p9 = RegisterProduct.Command.of(sku("P-9"), "P", DAY);
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.registerProduct(p9.unit("kg\u0007")));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.registerProduct(p9.unit("u".repeat(17))));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.registerProduct(p9.unit(" kg")));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.registerProduct(RegisterProduct.Command.of(sku("P-9"), "n".repeat(201), DAY)));
    assertThat(f.inventory.product(sku("P-9"))).isEmpty();
    InventoryFixture.ok(f.inventory.registerProduct(p9.unit("u".repeat(16))));
  }

  @Test
  void rejectsBadPurchaseOrdersInTheDocumentedOrder() {
    PurchaseOrderId po1 = PurchaseOrderId.of("PO-1");
    PurchaseOrderId po2 = PurchaseOrderId.of("PO-2");
    PlacePurchaseOrder.Command one = PlacePurchaseOrder.Command.of(po1, SUPPLIER, wh("WH-1"), DAY);
    PlacePurchaseOrder.Command two = PlacePurchaseOrder.Command.of(po2, SUPPLIER, wh("WH-1"), DAY);
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.placePurchaseOrder(one));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.placePurchaseOrder(one.line(sku("P-1"), "1.00001", "1")));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.placePurchaseOrder(two.line(sku("P-1"), "1", "0")));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.placePurchaseOrder(two.line(sku("P-1"), "1", "1").line(sku("P-1"), "2", "1")));
    assertRejected(RejectionCode.DUPLICATE_ID,
        () -> f.inventory.placePurchaseOrder(
            PlacePurchaseOrder.Command.of(po1, SupplierId.of("S-9"), wh("WH-1"), DAY).line(sku("P-1"), "1", "1")));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE,
        () -> f.inventory.placePurchaseOrder(
            PlacePurchaseOrder.Command.of(po2, SupplierId.of("S-9"), wh("WH-1"), DAY).line(sku("P-1"), "1", "1")));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE,
        () -> f.inventory.placePurchaseOrder(
            PlacePurchaseOrder.Command.of(po2, SUPPLIER, wh("WH-9"), DAY).line(sku("P-1"), "1", "1")));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.inventory.placePurchaseOrder(two.line(sku("P-9"), "1", "1")));
    assertThat(f.inventory.purchaseOrder(po2)).isEmpty();
  }

  @Test
  void rejectsQuantitiesAndCostsBeyondTheBoundsWithShortMessages() {
    PlacePurchaseOrder.Command two = PlacePurchaseOrder.Command.of(PurchaseOrderId.of("PO-2"), SUPPLIER, wh("WH-1"), DAY);
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.placePurchaseOrder(two.line(sku("P-1"), "1000000001", "1")));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.placePurchaseOrder(two.line(sku("P-1"), "1", "1000000001")));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.placePurchaseOrder(two.line(sku("P-1"), "1", "1.0000001")));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.placePurchaseOrder(two.line(sku("P-1"), "1000000", "1000001")));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.tryReceive("WH-1", "P-1", "1e999999999", "1"));
    Outcome<?> tiny = f.tryReceive("WH-1", "P-1", "1e-999999999", "1");
    assertThat(tiny.rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(tiny.rejection().message()).hasSizeLessThan(120);
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.count("WH-1", "P-1", "1e10"));
  }

  @Test
  void rejectsBadReceipts() {
    PurchaseOrderId po = PurchaseOrderId.of("PO-1");
    ReceivePurchase.Command against = ReceivePurchase.Command.against(po, DAY);
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.receivePurchase(against.line(sku("P-2"), "0")));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.receivePurchase(ReceivePurchase.Command.from(SUPPLIER, wh("WH-1"), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.tryReceive("WH-1", "P-1", "1", "0"));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE,
        () -> f.inventory.receivePurchase(ReceivePurchase.Command.against(PurchaseOrderId.of("PO-9"), DAY)));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.inventory.receivePurchase(against.line(sku("P-1"), "1")));
    assertRejected(RejectionCode.INVALID_STATE, () -> f.inventory.receivePurchase(against.line(sku("P-2"), "6")));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.tryReceive("WH-9", "P-1", "1", "1"));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.tryReceive("WH-1", "P-9", "1", "1"));
    // a fully received order
    InventoryFixture.ok(f.inventory.receivePurchase(against));
    assertRejected(RejectionCode.INVALID_STATE, () -> f.inventory.receivePurchase(against));
  }

  @Test
  void rejectsBadTransfersAndCounts() {
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.tryTransfer("P-1", "WH-1", "WH-1", "1"));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.tryTransfer("P-1", "WH-1", "WH-2", "-1"));
    assertRejected(RejectionCode.UNKNOWN_REFERENCE, () -> f.tryTransfer("P-1", "WH-1", "WH-9", "1"));
    // 10 on hand, 4 reserved: only 6 may move
    assertRejected(RejectionCode.INSUFFICIENT_STOCK, () -> f.tryTransfer("P-1", "WH-1", "WH-2", "7"));
    // nothing at all in WH-2
    assertRejected(RejectionCode.INSUFFICIENT_STOCK, () -> f.tryTransfer("P-1", "WH-2", "WH-1", "1"));
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
  void rejectsAMissingCommandAndMissingPartsAsInvalidInput() {
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.shipOrder(null));
    assertRejected(RejectionCode.INVALID_INPUT, () -> f.inventory.receivePurchase(null));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.shipOrder(new ShipOrder.Command(null, null, DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.shipOrder(new ShipOrder.Command(io.bizloop.core.SalesOrderId.of("SO-1"), java.util.Arrays.asList((ShipOrder.Line) null), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> new ShipOrder(f.ports.allocations(), f.ports.stockItems(), f.ports.warehouses(), f.bus).handle(null));
  }

  @Test
  void rejectsLowLevelReservationsBeyondAvailable() {
    ReservationId r1 = ReservationId.of("R-1");
    assertRejected(RejectionCode.INSUFFICIENT_STOCK,
        () -> f.inventory.reserveStock(new ReserveStock.Command(sku("P-1"), wh("WH-1"), r1, d("7"), DAY)));
    assertRejected(RejectionCode.INVALID_INPUT,
        () -> f.inventory.reserveStock(new ReserveStock.Command(sku("P-1"), wh("WH-1"), null, d("1"), DAY)));
    assertThatThrownBy(() -> ReservationId.of(" ")).isInstanceOf(IllegalArgumentException.class);
    assertRejected(RejectionCode.UNKNOWN_REFERENCE,
        () -> f.inventory.releaseStock(ReleaseStock.Command.all(sku("P-1"), wh("WH-1"), r1, DAY)));
    InventoryFixture.ok(f.inventory.reserveStock(new ReserveStock.Command(sku("P-1"), wh("WH-1"), r1, d("6"), DAY)));
    assertThat(f.stock("WH-1", "P-1").available().isZero()).isTrue();
    assertRejected(RejectionCode.INSUFFICIENT_STOCK,
        () -> f.inventory.releaseStock(ReleaseStock.Command.of(sku("P-1"), wh("WH-1"), r1, d("7"), DAY)));
    assertThat(InventoryFixture.qty(InventoryFixture.ok(
        f.inventory.releaseStock(ReleaseStock.Command.all(sku("P-1"), wh("WH-1"), r1, DAY))))).isEqualTo("6");
    assertThat(f.stock("WH-1", "P-1").available().toPlainString()).isEqualTo("6");
  }
}
