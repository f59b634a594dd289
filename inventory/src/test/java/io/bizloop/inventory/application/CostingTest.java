package io.bizloop.inventory.application;

import static io.bizloop.inventory.application.InventoryFixture.money;
import static io.bizloop.inventory.application.InventoryFixture.qty;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.StockAdjusted;
import io.bizloop.inventory.domain.CostingMethod;
import org.junit.jupiter.api.Test;

/** Costing worked by hand: moving average, FIFO, returns, transfers and counts. */
class CostingTest {

  @Test
  void valuesReceiptLinesAtRoundedQuantityTimesUnitCostWithVat() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");

    // when
    io.bizloop.core.ReceiptId receipt = f.receive("WH-1", "P-1", "3", "3.3333");

    // then
    GoodsReceived received = f.last(GoodsReceived.class);
    assertThat(receipt.number()).isEqualTo("RCPT-1");
    assertThat(received.receipt()).isEqualTo(receipt);
    assertThat(received.eventId().value()).isEqualTo("receipt:RCPT-1");
    assertThat(money(received.lines().get(0).value())).isEqualTo("10.00");
    assertThat(money(received.lines().get(0).vat())).isEqualTo("1.30");
    assertThat(received.purchaseOrder()).isNull();
    assertThat(money(f.stock("WH-1", "P-1").value())).isEqualTo("10.00");
  }

  @Test
  void movingAverageIssuesAShareOfValueAndExhaustingStockLeavesExactlyZero() {
    // given 3 on hand worth 10.00
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "3", "3.3333");
    f.confirm("SO-1", "WH-1", "P-1", "3");

    // when shipping one at a time
    f.ship("SO-1", "P-1", "1");
    String first = money(f.last(GoodsShipped.class).cost());
    f.ship("SO-1", "P-1", "1");
    String second = money(f.last(GoodsShipped.class).cost());
    f.ship("SO-1", "P-1", "1");
    String third = money(f.last(GoodsShipped.class).cost());

    // then 10.00 × 1/3 = 3.33; 6.67 × 1/2 = 3.34 (HALF_UP); the rest 3.33
    assertThat(first).isEqualTo("3.33");
    assertThat(second).isEqualTo("3.34");
    assertThat(third).isEqualTo("3.33");
    StockRow row = f.stock("WH-1", "P-1");
    assertThat(qty(row.onHand())).isEqualTo("0");
    assertThat(row.value().isZero()).isTrue();
  }

  @Test
  void movingAverageBlendsReceiptsAtDifferentCosts() {
    // given 10 × 3.00 + 20 × 3.10 = 92.00 for 30
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "10", "3.00");
    f.receive("WH-1", "P-1", "20", "3.10");
    f.confirm("SO-1", "WH-1", "P-1", "7");

    // when
    io.bizloop.core.ShipmentId shipment = f.ship("SO-1");

    // then round(92.00 × 7 / 30) = 21.47
    GoodsShipped shipped = f.last(GoodsShipped.class);
    assertThat(shipment.number()).isEqualTo("SO-1/S1");
    assertThat(shipped.shipment()).isEqualTo(shipment);
    assertThat(money(shipped.cost())).isEqualTo("21.47");
    assertThat(money(f.stock("WH-1", "P-1").value())).isEqualTo("70.53");
  }

  @Test
  void fifoIssuesOldestLayersFirstAndSharesAPartialLayer() {
    // given layers (10, 20.00) and (3, 10.00)
    InventoryFixture f = new InventoryFixture(CostingMethod.FIFO).warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "10", "2.00");
    f.receive("WH-1", "P-1", "3", "3.3333");
    f.confirm("SO-1", "WH-1", "P-1", "13");

    // when 11 ship, then 1, then 1
    f.ship("SO-1", "P-1", "11");
    String first = money(f.last(GoodsShipped.class).cost());
    f.ship("SO-1", "P-1", "1");
    String second = money(f.last(GoodsShipped.class).cost());
    f.ship("SO-1", "P-1", "1");
    String third = money(f.last(GoodsShipped.class).cost());

    // then 20.00 + 10.00 × 1/3 = 23.33; 6.67 × 1/2 = 3.34; 3.33
    assertThat(first).isEqualTo("23.33");
    assertThat(second).isEqualTo("3.34");
    assertThat(third).isEqualTo("3.33");
    assertThat(f.stock("WH-1", "P-1").value().isZero()).isTrue();
    assertThat(f.inventory.order(io.bizloop.core.SalesOrderId.of("SO-1")).orElseThrow().fullyShipped()).isTrue();
  }

  @Test
  void productCostingOverridesTheCompanyDefault() {
    // given a FIFO product in a moving-average company: layers (1, 1.00), (1, 3.00)
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1", CostingMethod.FIFO);
    f.receive("WH-1", "P-1", "1", "1.00");
    f.receive("WH-1", "P-1", "1", "3.00");
    f.confirm("SO-1", "WH-1", "P-1", "1");

    // when
    f.ship("SO-1");

    // then the oldest layer, not the average 2.00
    assertThat(money(f.last(GoodsShipped.class).cost())).isEqualTo("1.00");
  }

  @Test
  void returnsReenterAtAShareOfTheShippedCostAndAllOfItGivesBackExactlyWhatShipped() {
    // given 3 shipped at 10.00
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "3", "3.3333");
    f.confirm("SO-1", "WH-1", "P-1", "3");
    f.ship("SO-1");

    // when
    InventoryFixture.ok(f.tryReturn(1, "SO-1", null, "P-1", "1"));
    String first = money(f.last(GoodsReturned.class).cost());
    InventoryFixture.ok(f.tryReturn(2, "SO-1", null, "P-1", "2"));
    String rest = money(f.last(GoodsReturned.class).cost());

    // then
    assertThat(first).isEqualTo("3.33");
    assertThat(rest).isEqualTo("6.67");
    assertThat(f.last(GoodsReturned.class).eventId().value()).isEqualTo("restock:SO-1/R2");
    StockRow row = f.stock("WH-1", "P-1");
    assertThat(qty(row.onHand())).isEqualTo("3");
    assertThat(money(row.value())).isEqualTo("10.00");
    assertThat(money(f.line("SO-1", "P-1").returnedCost())).isEqualTo("10.00");
  }

  @Test
  void rejectsReturningMoreThanShippedAndNotReturned() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "3", "1.00");
    f.confirm("SO-1", "WH-1", "P-1", "3");
    f.ship("SO-1", "P-1", "2");

    // when
    var outcome = f.tryReturn(1, "SO-1", null, "P-1", "3");

    // then
    assertThat(outcome.rejection().code()).isEqualTo(io.bizloop.core.RejectionCode.INVALID_STATE);
    assertThat(qty(f.stock("WH-1", "P-1").onHand())).isEqualTo("1");
  }

  @Test
  void returnGoesToTheFirstRegisteredWarehouseTheLineShippedFromUnlessOneIsNamed() {
    // given 1 shipped from each of WH-1 and WH-2
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").warehouse("WH-3").product("P-1");
    f.receive("WH-2", "P-1", "1", "5.00");
    f.receive("WH-1", "P-1", "1", "7.00");
    f.confirm("SO-1", null, "P-1", "2");
    f.ship("SO-1");

    // when
    InventoryFixture.ok(f.tryReturn(1, "SO-1", null, "P-1", "1"));
    InventoryFixture.ok(f.tryReturn(2, "SO-1", "WH-3", "P-1", "1"));

    // then the first return at share(1, 2) of 12.00 = 6.00 into WH-1, the second into WH-3
    assertThat(qty(f.stock("WH-1", "P-1").onHand())).isEqualTo("1");
    assertThat(money(f.stock("WH-1", "P-1").value())).isEqualTo("6.00");
    assertThat(money(f.stock("WH-3", "P-1").value())).isEqualTo("6.00");
  }

  @Test
  void movingAverageTransferMovesTheSourcesIssueCost() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-A").warehouse("WH-B").product("P-1");
    f.receive("WH-A", "P-1", "3", "3.3333");

    // when
    InventoryFixture.ok(f.tryTransfer("P-1", "WH-A", "WH-B", "1"));

    // then
    assertThat(money(f.stock("WH-B", "P-1").value())).isEqualTo("3.33");
    assertThat(money(f.stock("WH-A", "P-1").value())).isEqualTo("6.67");
    assertThat(money(f.inventory.stockValue())).isEqualTo("10.00");
  }

  @Test
  void fifoTransferCarriesTheLayersItTookAsTheDestinationsNewest() {
    // given A has layers (2, 4.00), (3, 9.00); B has (1, 10.00)
    InventoryFixture f = new InventoryFixture(CostingMethod.FIFO).warehouse("WH-A").warehouse("WH-B").product("P-1");
    f.receive("WH-A", "P-1", "2", "2.00");
    f.receive("WH-A", "P-1", "3", "3.00");
    f.receive("WH-B", "P-1", "1", "10.00");

    // when 3 move: (2, 4.00) and (1, 3.00)
    InventoryFixture.ok(f.tryTransfer("P-1", "WH-A", "WH-B", "3"));

    // then B issues 10.00 first, then 4.00, then 3.00
    assertThat(money(f.stock("WH-B", "P-1").value())).isEqualTo("17.00");
    assertThat(money(f.stock("WH-A", "P-1").value())).isEqualTo("6.00");
    f.confirm("SO-1", "WH-B", "P-1", "2");
    f.ship("SO-1");
    assertThat(money(f.last(GoodsShipped.class).cost())).isEqualTo("12.00");
  }

  @Test
  void countGainIsValuedAtTheMovingAverageAndALossIsIssued() {
    // given 10 worth 25.00
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "10", "2.50");

    // when
    io.bizloop.core.StockCountId gain = InventoryFixture.ok(f.count("WH-1", "P-1", "12")).orElseThrow();
    StockAdjusted gained = f.last(StockAdjusted.class);
    InventoryFixture.ok(f.count("WH-1", "P-1", "9"));
    StockAdjusted lost = f.last(StockAdjusted.class);

    // then 25.00 × 2 / 10 = 5.00; then 30.00 × 3 / 12 = 7.50
    assertThat(gain.number()).isEqualTo("COUNT-1");
    assertThat(gained.count()).isEqualTo(gain);
    assertThat(gained.eventId().value()).isEqualTo("count:COUNT-1");
    assertThat(qty(gained.difference())).isEqualTo("2");
    assertThat(money(gained.value())).isEqualTo("5.00");
    assertThat(qty(lost.difference())).isEqualTo("-3");
    assertThat(money(lost.value())).isEqualTo("-7.50");
    assertThat(money(f.stock("WH-1", "P-1").value())).isEqualTo("22.50");
  }

  @Test
  void countGainOnEmptyStockUsesTheLastReceiptUnitCostElseZero() {
    // given P-1 received at 1.255 and shipped out; P-2 never received
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1").product("P-2");
    f.receive("WH-1", "P-1", "2", "1.255");
    f.confirm("SO-1", "WH-1", "P-1", "2");
    f.ship("SO-1");

    // when
    InventoryFixture.ok(f.count("WH-1", "P-1", "3"));
    StockAdjusted p1 = f.last(StockAdjusted.class);
    InventoryFixture.ok(f.count("WH-1", "P-2", "5"));
    StockAdjusted p2 = f.last(StockAdjusted.class);

    // then round(3 × 1.255) = 3.77 (3.765 HALF_UP); P-2 at zero, still published
    assertThat(money(p1.value())).isEqualTo("3.77");
    assertThat(money(p2.value())).isEqualTo("0.00");
    assertThat(qty(p2.difference())).isEqualTo("5");
  }

  @Test
  void countEqualToOnHandOrZeroWithoutAStockItemChangesNothing() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1").product("P-2");
    f.receive("WH-1", "P-1", "4", "1.00");

    // when
    var same = f.count("WH-1", "P-1", "4");
    var none = f.count("WH-1", "P-2", "0");

    // then
    assertThat(InventoryFixture.ok(same)).isEmpty();
    assertThat(InventoryFixture.ok(none)).isEmpty();
    assertThat(f.events(StockAdjusted.class)).isEmpty();
    assertThat(f.row("WH-1", "P-2")).isEmpty();
  }

  @Test
  void fifoCountGainBecomesTheNewestLayerAndALossTakesTheOldest() {
    // given layers (1, 1.00), (1, 3.00)
    InventoryFixture f = new InventoryFixture(CostingMethod.FIFO).warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "1", "1.00");
    f.receive("WH-1", "P-1", "1", "3.00");

    // when a loss of 1 then a gain of 1
    InventoryFixture.ok(f.count("WH-1", "P-1", "1"));
    StockAdjusted loss = f.last(StockAdjusted.class);
    InventoryFixture.ok(f.count("WH-1", "P-1", "2"));
    StockAdjusted gain = f.last(StockAdjusted.class);

    // then the loss took the oldest layer (1.00); the gain is valued at 3.00 × 1 / 1
    assertThat(money(loss.value())).isEqualTo("-1.00");
    assertThat(money(gain.value())).isEqualTo("3.00");
    assertThat(money(f.stock("WH-1", "P-1").value())).isEqualTo("6.00");
  }
}
