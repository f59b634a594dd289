package io.bizloop.inventory.application;

import static io.bizloop.inventory.application.InventoryFixture.DAY;
import static io.bizloop.inventory.application.InventoryFixture.SUPPLIER;
import static io.bizloop.inventory.application.InventoryFixture.sku;
import static io.bizloop.inventory.application.InventoryFixture.wh;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SupplierId;
import io.bizloop.core.event.SupplierRegistered;
import org.junit.jupiter.api.Test;

/** A purchase order straight from the purchase suggestions. */
class OrderSuggestedStockTest {

  private static OrderSuggestedStock.Command order(String id, String warehouse) {
    return OrderSuggestedStock.Command.of(PurchaseOrderId.of(id), SUPPLIER, wh(warehouse), DAY);
  }

  @Test
  void ordersTheSuggestedQuantityAndTheSuggestionGoesAway() {
    // given r = 20, M = 100, 30 on hand, 35 confirmed: projected = 30 − 30 − 5 = −5, suggestion 105
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").productWithPolicy("P-1", "20", "100");
    f.receive("WH-1", "P-1", "30", "1.00");
    f.confirm("SO-1", "WH-1", "P-1", "35");

    // when
    var placed = f.inventory.orderSuggestedStock(order("PO-1", "WH-1").line(sku("P-1"), "2.10"));

    // then
    assertThat(placed.isAccepted()).isTrue();
    var po = f.inventory.purchaseOrder(PurchaseOrderId.of("PO-1")).orElseThrow();
    assertThat(po.lines()).singleElement().satisfies(line -> {
      assertThat(line.ordered().toPlainString()).isEqualTo("105");
      assertThat(line.unitCost()).isEqualByComparingTo("2.10");
    });
    assertThat(f.inventory.purchaseSuggestions()).isEmpty();
    assertThat(f.stock("WH-1", "P-1").incoming().toPlainString()).isEqualTo("105");
  }

  @Test
  void refusesTheWholeOrderWhenASkuHasNoSuggestionInThatWarehouse() {
    // given a shortage of P-1 in WH-1, nothing for P-2, nothing in WH-2
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").product("P-1").product("P-2");
    f.confirm("SO-1", "WH-1", "P-1", "12");

    // then
    assertThat(f.inventory.orderSuggestedStock(order("PO-1", "WH-1").line(sku("P-1"), "1").line(sku("P-2"), "1"))
        .rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(f.inventory.orderSuggestedStock(order("PO-1", "WH-2").line(sku("P-1"), "1")).rejection().code())
        .isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(f.inventory.purchaseOrder(PurchaseOrderId.of("PO-1"))).isEmpty();
    assertThat(f.inventory.purchaseSuggestions()).extracting(s -> s.quantity().toPlainString()).containsExactly("12");
  }

  @Test
  void checksShapeThenDuplicateThenReferencesThenStateThenBounds() {
    // given a shortage of 12 of P-1 in WH-1
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1").product("P-2");
    f.confirm("SO-1", "WH-1", "P-1", "12");
    f.purchaseOrder("PO-0", "WH-1", "P-2", "1", "1.00");

    // then
    assertThat(f.inventory.orderSuggestedStock(order("PO-1", "WH-1")).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(f.inventory.orderSuggestedStock(order("PO-1", "WH-1").line(sku("P-1"), "0")).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(f.inventory.orderSuggestedStock(order("PO-0", "WH-1").line(sku("P-9"), "1")).rejection().code())
        .isEqualTo(RejectionCode.DUPLICATE_ID);
    assertThat(f.inventory.orderSuggestedStock(order("PO-1", "WH-1").line(sku("P-9"), "1")).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(f.inventory.orderSuggestedStock(
            OrderSuggestedStock.Command.of(PurchaseOrderId.of("PO-1"), SupplierId.of("S-9"), wh("WH-1"), DAY)
                .line(sku("P-1"), "1")).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    // 12 × 100 000 000 000 is beyond the 10¹² line amount
    assertThat(f.inventory.orderSuggestedStock(order("PO-1", "WH-1").line(sku("P-1"), "100000000000")).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(f.inventory.orderSuggestedStock(order("PO-1", "WH-1").line(sku("P-1"), "3.50")).isAccepted()).isTrue();
  }

  @Test
  void registersASupplierWithItsPaymentTerms() {
    // given
    InventoryFixture f = new InventoryFixture();

    // when
    var registered = f.inventory.registerSupplier(
        RegisterSupplier.Command.of(SupplierId.of("S-2"), "Terms", DAY).paymentTerms(45));
    var refused = f.inventory.registerSupplier(
        RegisterSupplier.Command.of(SupplierId.of("S-3"), "Terms", DAY).paymentTerms(3651));

    // then
    assertThat(registered.isAccepted()).isTrue();
    assertThat(f.last(SupplierRegistered.class).paymentTermsDays()).isEqualTo(45);
    assertThat(refused.rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
  }
}
