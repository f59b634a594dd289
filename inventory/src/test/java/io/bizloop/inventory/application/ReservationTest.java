package io.bizloop.inventory.application;

import static io.bizloop.inventory.application.InventoryFixture.qty;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.event.GoodsShipped;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reservation on confirmation, backorders and the order they fill in, cancellation, shipping. */
class ReservationTest {

  @Test
  void confirmationReservesInTheNamedWarehouseOnlyAndBackordersTheRestThere() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").product("P-1");
    f.receive("WH-1", "P-1", "10", "1.00");
    f.receive("WH-2", "P-1", "4", "1.00");

    // when
    f.confirm("SO-1", "WH-2", "P-1", "6");

    // then
    assertThat(qty(f.line("SO-1", "P-1").reserved())).isEqualTo("4");
    assertThat(qty(f.line("SO-1", "P-1").backordered())).isEqualTo("2");
    assertThat(qty(f.stock("WH-2", "P-1").reserved())).isEqualTo("4");
    assertThat(qty(f.stock("WH-2", "P-1").backordered())).isEqualTo("2");
    assertThat(qty(f.stock("WH-1", "P-1").reserved())).isEqualTo("0");
  }

  @Test
  void confirmationWithoutAWarehouseReservesAcrossWarehousesInRegistrationOrder() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-B").warehouse("WH-A").product("P-1");
    f.receive("WH-A", "P-1", "10", "1.00");
    f.receive("WH-B", "P-1", "3", "1.00");

    // when
    f.confirm("SO-1", null, "P-1", "5");

    // then WH-B registered first gives its 3, WH-A the other 2
    assertThat(qty(f.stock("WH-B", "P-1").reserved())).isEqualTo("3");
    assertThat(qty(f.stock("WH-A", "P-1").reserved())).isEqualTo("2");
    assertThat(f.inventory.stock().stream().map(r -> r.warehouse().value()).toList()).containsExactly("WH-B", "WH-A");
  }

  @Test
  void backorderOfAnOrderWithoutWarehouseCountsInTheFirstWarehouseAndCreatesItsStockItem() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").product("P-1");

    // when
    f.confirm("SO-1", null, "P-1", "5");

    // then
    StockRow row = f.stock("WH-1", "P-1");
    assertThat(qty(row.onHand())).isEqualTo("0");
    assertThat(qty(row.backordered())).isEqualTo("5");
    assertThat(f.row("WH-2", "P-1")).isEmpty();
  }

  @Test
  void receiptFillsBackordersOldestConfirmationFirst() {
    // given two backordered orders
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.confirm("SO-2", null, "P-1", "3");
    f.confirm("SO-1", null, "P-1", "4");

    // when 5 arrive
    f.receive("WH-1", "P-1", "5", "1.00");

    // then SO-2 (confirmed first) is filled, SO-1 gets the rest
    assertThat(qty(f.line("SO-2", "P-1").reserved())).isEqualTo("3");
    assertThat(qty(f.line("SO-1", "P-1").reserved())).isEqualTo("2");
    assertThat(qty(f.line("SO-1", "P-1").backordered())).isEqualTo("2");
    assertThat(qty(f.stock("WH-1", "P-1").available())).isEqualTo("0");
  }

  @Test
  void stockArrivingInAnotherWarehouseFillsOnlyOrdersThatNameItOrNone() {
    // given SO-1 must come from WH-1; SO-2 from anywhere
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").product("P-1");
    f.confirm("SO-1", "WH-1", "P-1", "2");
    f.confirm("SO-2", null, "P-1", "2");

    // when
    f.receive("WH-2", "P-1", "5", "1.00");

    // then
    assertThat(qty(f.line("SO-1", "P-1").backordered())).isEqualTo("2");
    assertThat(qty(f.line("SO-2", "P-1").reserved())).isEqualTo("2");
    assertThat(qty(f.stock("WH-2", "P-1").available())).isEqualTo("3");
  }

  @Test
  void cancellingReleasesExactlyWhatWasReservedAndOffersItToOtherBackorders() {
    // given SO-1 holds 4; SO-2 is backordered 3
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "4", "1.00");
    f.confirm("SO-1", null, "P-1", "6");
    f.confirm("SO-2", null, "P-1", "3");

    // when
    f.cancel("SO-1");

    // then
    OrderFulfilment cancelled = f.inventory.order(SalesOrderId.of("SO-1")).orElseThrow();
    assertThat(cancelled.cancelled()).isTrue();
    assertThat(qty(cancelled.lines().get(0).reserved())).isEqualTo("0");
    assertThat(qty(cancelled.lines().get(0).backordered())).isEqualTo("0");
    assertThat(qty(f.line("SO-2", "P-1").reserved())).isEqualTo("3");
    StockRow row = f.stock("WH-1", "P-1");
    assertThat(qty(row.reserved())).isEqualTo("3");
    assertThat(qty(row.backordered())).isEqualTo("0");
    assertThat(qty(row.available())).isEqualTo("1");
  }

  @Test
  void countBelowReservedTurnsTheNewestReservationsBackIntoBackorders() {
    // given SO-1 then SO-2 reserve 3 each of 6
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "6", "1.00");
    f.confirm("SO-1", null, "P-1", "3");
    f.confirm("SO-2", null, "P-1", "3");

    // when the count finds 2
    InventoryFixture.ok(f.count("WH-1", "P-1", "2"));

    // then SO-2 loses all, SO-1 one
    assertThat(qty(f.line("SO-2", "P-1").reserved())).isEqualTo("0");
    assertThat(qty(f.line("SO-2", "P-1").backordered())).isEqualTo("3");
    assertThat(qty(f.line("SO-1", "P-1").reserved())).isEqualTo("2");
    assertThat(qty(f.line("SO-1", "P-1").backordered())).isEqualTo("1");
    StockRow row = f.stock("WH-1", "P-1");
    assertThat(qty(row.onHand())).isEqualTo("2");
    assertThat(qty(row.reserved())).isEqualTo("2");
    assertThat(qty(row.backordered())).isEqualTo("4");
  }

  @Test
  void countGainAndTransferInFillBackorders() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").product("P-1");
    f.receive("WH-2", "P-1", "5", "1.00");
    f.confirm("SO-1", "WH-1", "P-1", "4");

    // when
    InventoryFixture.ok(f.count("WH-1", "P-1", "1"));
    InventoryFixture.ok(f.tryTransfer("P-1", "WH-2", "WH-1", "3"));

    // then
    assertThat(qty(f.line("SO-1", "P-1").reserved())).isEqualTo("4");
    assertThat(qty(f.line("SO-1", "P-1").backordered())).isEqualTo("0");
  }

  @Test
  void shipsALineReservedInSeveralWarehousesInRegistrationOrderWithCostPerWarehouse() {
    // given SO-1 holds 2 in WH-1 (at 1.00) and 2 in WH-2 (at 2.00)
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").product("P-1");
    f.receive("WH-2", "P-1", "2", "2.00");
    f.receive("WH-1", "P-1", "2", "1.00");
    f.confirm("SO-1", null, "P-1", "4");

    // when 3 ship
    f.ship("SO-1", "P-1", "3");

    // then
    GoodsShipped shipped = f.last(GoodsShipped.class);
    assertThat(shipped.eventId().value()).isEqualTo("ship:SO-1/S1");
    assertThat(shipped.lines())
        .extracting(l -> l.warehouse().value() + " " + qty(l.quantity()) + " " + l.cost().toPlainString())
        .containsExactly("WH-1 2 2.00", "WH-2 1 2.00");
    assertThat(qty(f.line("SO-1", "P-1").shipped())).isEqualTo("3");
    assertThat(qty(f.line("SO-1", "P-1").reserved())).isEqualTo("1");
  }

  @Test
  void rejectsShipmentBeyondReservationAndChangesNothing() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "2", "1.00");
    f.confirm("SO-1", null, "P-1", "5");
    List<StockRow> before = f.inventory.stock();

    // when
    var outcome = f.tryShip("SO-1", "P-1", "3");

    // then
    assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.INSUFFICIENT_STOCK);
    assertThat(f.inventory.stock()).isEqualTo(before);
    assertThat(f.events(GoodsShipped.class)).isEmpty();
  }

  @Test
  void shippingWithNothingReservedIsInsufficientAnOrderNeverConfirmedIsUnknownAndACancelledOneInvalidState() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.confirm("SO-1", null, "P-1", "5");
    f.confirm("SO-2", null, "P-1", "5");
    f.cancel("SO-2");

    // when / then
    assertThat(f.tryShip("SO-1").rejection().code()).isEqualTo(RejectionCode.INSUFFICIENT_STOCK);
    assertThat(f.tryShip("SO-9").rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(f.tryShip("SO-2").rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(f.tryShip("SO-1", "P-9", "1").rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
  }

  @Test
  void shippingAFullyShippedOrderIsInvalidState() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "2", "1.00");
    f.confirm("SO-1", null, "P-1", "2");
    f.ship("SO-1");

    // when
    var outcome = f.tryShip("SO-1");

    // then
    assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(f.inventory.order(SalesOrderId.of("SO-1")).orElseThrow().fullyShipped()).isTrue();
  }

  @Test
  void confirmingWithoutAnyWarehouseIsInvalidState() {
    // given
    InventoryFixture f = new InventoryFixture().product("P-1");

    // when
    var outcome = f.tryConfirm("SO-1", null, "P-1", "1");

    // then
    assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(f.inventory.order(SalesOrderId.of("SO-1"))).isEmpty();
  }

  @Test
  void theSameConfirmationDeliveredTwiceReservesOnce() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "10", "1.00");

    // when
    f.confirm("SO-1", null, "P-1", "3");
    f.confirm("SO-1", null, "P-1", "3");

    // then
    assertThat(qty(f.stock("WH-1", "P-1").reserved())).isEqualTo("3");
  }

  @Test
  void availableToPromiseListsEachWarehouseAndTheTotal() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").product("P-1");
    f.receive("WH-1", "P-1", "5", "1.00");
    f.receive("WH-2", "P-1", "2.5", "1.00");
    f.confirm("SO-1", "WH-1", "P-1", "1");

    // when
    Availability atp = f.inventory.availableToPromise(InventoryFixture.sku("P-1"));

    // then
    assertThat(atp.warehouses()).extracting(w -> qty(w.available())).containsExactly("4", "2.5");
    assertThat(qty(atp.total())).isEqualTo("6.5");
  }

  @Test
  void availableToPromiseInOneWarehouseIsThatWarehousesShareAndZeroWhereNothingIsStocked() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").warehouse("WH-2").warehouse("WH-3").product("P-1");
    f.receive("WH-1", "P-1", "5", "1.00");
    f.receive("WH-2", "P-1", "2.5", "1.00");
    f.confirm("SO-1", "WH-1", "P-1", "1");
    Sku sku = InventoryFixture.sku("P-1");

    // when / then: the same figure as the per-warehouse list, for each warehouse
    Availability atp = f.inventory.availableToPromise(sku);
    for (Availability.InWarehouse in : atp.warehouses()) {
      assertThat(f.inventory.availableToPromise(sku, in.warehouse())).isEqualTo(in.available());
    }
    assertThat(qty(f.inventory.availableToPromise(sku, WarehouseId.of("WH-1")))).isEqualTo("4");
    assertThat(qty(f.inventory.availableToPromise(sku, WarehouseId.of("WH-3")))).isEqualTo("0");
    assertThat(qty(f.inventory.availableToPromise(sku, WarehouseId.of("WH-9")))).isEqualTo("0");
    assertThat(qty(f.inventory.availableToPromise(Sku.of("P-9"), WarehouseId.of("WH-1")))).isEqualTo("0");
  }
}
