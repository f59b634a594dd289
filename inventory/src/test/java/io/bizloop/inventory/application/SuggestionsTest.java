package io.bizloop.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Purchase suggestions: min/max policy and plain shortage. */
class SuggestionsTest {

  @Test
  void suggestsToppingUpToMaxStockWhenProjectedFallsBelowTheReorderPoint() {
    // given r = 20, M = 100; on hand 30, order of 15 reserved, 5 backordered, 8 incoming
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").productWithPolicy("P-1", "20", "100");
    f.receive("WH-1", "P-1", "30", "1.00");
    f.confirm("SO-1", "WH-1", "P-1", "35");
    f.purchaseOrder("PO-1", "WH-1", "P-1", "8", "1.00");

    // when projected = 30 − 30 − 5 + 8 = 3
    var suggestions = f.inventory.purchaseSuggestions();

    // then 100 − 3
    assertThat(suggestions).extracting(s -> s.sku() + "@" + s.warehouse() + " " + s.quantity().toPlainString())
        .containsExactly("P-1@WH-1 97");
  }

  @Test
  void suggestsNothingWhileProjectedIsAtTheReorderPoint() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").productWithPolicy("P-1", "20", "100");
    f.receive("WH-1", "P-1", "20", "1.00");

    // when / then
    assertThat(f.inventory.purchaseSuggestions()).isEmpty();
  }

  @Test
  void withoutAPolicySuggestsTheShortageBeyondWhatIsIncoming() {
    // given 12 backordered, 5 incoming
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.confirm("SO-1", null, "P-1", "12");
    f.purchaseOrder("PO-1", "WH-1", "P-1", "5", "2.00");

    // when
    var suggestions = f.inventory.purchaseSuggestions();

    // then
    assertThat(suggestions).extracting(s -> s.quantity().toPlainString()).containsExactly("7");
    StockRow row = f.stock("WH-1", "P-1");
    assertThat(row.incoming().toPlainString()).isEqualTo("5");
    assertThat(row.backordered().toPlainString()).isEqualTo("12");
  }

  @Test
  void receivingAgainstTheOrderTurnsIncomingIntoStockAndFillsTheBackorder() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.confirm("SO-1", null, "P-1", "12");
    var po = f.purchaseOrder("PO-1", "WH-1", "P-1", "12", "2.00");

    // when everything open arrives
    InventoryFixture.ok(
        f.inventory.receivePurchase(ReceivePurchase.Command.against(po, InventoryFixture.DAY)));

    // then
    assertThat(f.inventory.purchaseSuggestions()).isEmpty();
    StockRow row = f.stock("WH-1", "P-1");
    assertThat(row.incoming().isZero()).isTrue();
    assertThat(row.reserved().toPlainString()).isEqualTo("12");
    assertThat(f.inventory.purchaseOrder(po).orElseThrow().fullyReceived()).isTrue();
    assertThat(f.last(io.bizloop.core.event.GoodsReceived.class).purchaseOrder()).isEqualTo(po);
  }

  @Test
  void stockReportListsIncomingWithoutAStockItem() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");

    // when
    f.purchaseOrder("PO-1", "WH-1", "P-1", "5", "2.00");

    // then
    StockRow row = f.stock("WH-1", "P-1");
    assertThat(row.incoming().toPlainString()).isEqualTo("5");
    assertThat(row.onHand().isZero()).isTrue();
    assertThat(f.inventory.purchaseSuggestions()).isEmpty();
  }

  @Test
  void aCountThatTurnsReservationsIntoBackordersSuggestsWhereTheBackorderCounts() {
    // given an order naming no warehouse, reserved in full in the second warehouse
    InventoryFixture f = new InventoryFixture().warehouse("W-1").warehouse("W-2").product("P-A");
    f.receive("W-2", "P-A", "3", "1.00");
    f.confirm("SO-1", null, "P-A", "3");

    // when the count finds one missing: one unit is backordered again, counted under W-1
    InventoryFixture.ok(f.count("W-2", "P-A", "2"));

    // then
    assertThat(f.stock("W-1", "P-A").backordered().toPlainString()).isEqualTo("1");
    assertThat(f.inventory.purchaseSuggestions())
        .extracting(s -> s.sku() + "@" + s.warehouse() + " " + s.quantity().toPlainString())
        .containsExactly("P-A@W-1 1");
  }
}
