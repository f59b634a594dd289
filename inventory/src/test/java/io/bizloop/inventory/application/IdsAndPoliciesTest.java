package io.bizloop.inventory.application;

import static io.bizloop.inventory.application.InventoryFixture.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.ShipmentId;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.ReturnAccepted;
import io.bizloop.core.event.SalesOrderCancelled;
import io.bizloop.core.event.SalesOrderConfirmed;
import io.bizloop.core.port.CommandRunner;
import io.bizloop.core.port.CommandValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Typed shipment ids and collision-free event ids; the policies' edges. */
class IdsAndPoliciesTest {

  @Test
  void ordersWhoseIdsLookLikeShipmentNumbersShipUnderDifferentEventIds() {
    // given two orders whose ids would collide if event ids were glued and re-split
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "2", "10.00");
    f.receive("WH-1", "P-1", "2", "8.00");
    f.confirm("X/S1", null, "P-1", "2");
    f.confirm("X/ship/1", null, "P-1", "2");

    // when
    ShipmentId first = f.ship("X/S1");
    ShipmentId second = f.ship("X/ship/1");

    // then both shipments are delivered, under different ids, and the stock value follows both
    List<GoodsShipped> shipped = f.events(GoodsShipped.class);
    assertThat(shipped).hasSize(2);
    assertThat(shipped.get(0).eventId()).isNotEqualTo(shipped.get(1).eventId());
    assertThat(first).isNotEqualTo(second);
    assertThat(first.number()).isNotEqualTo(second.number());
    assertThat(first).isEqualTo(ShipmentId.of(SalesOrderId.of("X/S1"), 1));
    assertThat(shipped.get(0).eventId().value()).isEqualTo("ship:X/S1/S1");
    assertThat(shipped.get(1).eventId().value()).isEqualTo("ship:X/ship/1/S1");
    assertThat(f.inventory.stockValue().isZero()).isTrue();
  }

  @Test
  void shipmentsAreNumberedPerOrder() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "4", "1.00");
    f.confirm("SO-1", null, "P-1", "2");
    f.confirm("SO-2", null, "P-1", "2");

    // when
    ShipmentId a1 = f.ship("SO-1", "P-1", "1");
    ShipmentId b1 = f.ship("SO-2");
    ShipmentId a2 = f.ship("SO-1");

    // then
    assertThat(List.of(a1.number(), b1.number(), a2.number())).containsExactly("SO-1/S1", "SO-2/S1", "SO-1/S2");
  }

  @Test
  void shippingAnOrderInventoryNeverSawIsUnknownReferenceAndChangesNothing() {
    // given
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    f.receive("WH-1", "P-1", "4", "1.00");
    var before = f.inventory.stock();

    // when
    Outcome<ShipmentId> outcome = f.tryShip("SO-404");

    // then
    assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(f.inventory.stock()).isEqualTo(before);
    assertThat(f.events(GoodsShipped.class)).isEmpty();
  }

  @Test
  void policiesAnswerANullEventWithARejectionNotAnException() {
    // given the policies over the fixture's ports
    InventoryFixture f = new InventoryFixture().warehouse("WH-1").product("P-1");
    var p = f.ports;
    Restocking restocking = new Restocking(p.stockItems(), p.allocations(), f.settings);
    ReserveConfirmedOrder reserve =
        new ReserveConfirmedOrder(
            p.warehouses(), p.products(), p.stockItems(), p.allocations(), p.sequences(), restocking, f.settings);
    ReleaseCancelledOrder release = new ReleaseCancelledOrder(p.allocations(), p.stockItems(), p.warehouses(), restocking);
    TakeBackReturn takeBack = new TakeBackReturn(p.warehouses(), p.products(), p.allocations(), f.bus, restocking);
    CommandRunner runner = new CommandRunner(f.unitOfWork, CommandValidator.none());

    // when / then: directly
    assertThat(reserve.on(null).rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(release.on(null).rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(takeBack.on(null).rejection().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    // and through the runner, as Inventory.install subscribes them
    assertThat(runner.react((SalesOrderConfirmed) null, reserve::on).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(runner.react((SalesOrderCancelled) null, release::on).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(runner.react((ReturnAccepted) null, takeBack::on).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
  }

  @Test
  void aUseCaseAnswersANullCommandWithARejection() {
    // given
    InventoryFixture f = new InventoryFixture();
    var p = f.ports;

    // when / then
    assertThat(new ShipOrder(p.allocations(), p.stockItems(), p.warehouses(), f.bus).handle(null).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(new RegisterWarehouse(p.warehouses(), p.sequences()).handle(null).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(f.inventory.countStock(new CountStock.Command(null, null, null, DAY)).rejection().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
  }
}
