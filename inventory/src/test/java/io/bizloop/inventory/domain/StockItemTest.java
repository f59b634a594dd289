package io.bizloop.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stock item's rules answer a "no" as a value and change nothing on it. */
class StockItemTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Sku SKU = Sku.of("P-1");
  private static final WarehouseId WH = WarehouseId.of("WH-1");

  private static StockItem withOnHand(String quantity) {
    StockItem item = StockItem.create(SKU, WH, Quantity.EACH, CostingMethod.MOVING_AVERAGE, CNY);
    item.receive(Quantity.of(quantity), new BigDecimal("2.00"));
    return item;
  }

  private static OrderAllocation order(String id, String quantity) {
    return OrderAllocation.create(
        SalesOrderId.of(id), CustomerId.of("C-1"), null, WH, 1, List.of(Quantity.of(quantity)), List.of(SKU), CNY);
  }

  @Test
  void rejectsReservationBeyondAvailableStockAsAValueAndChangesNothing() {
    // given
    StockItem item = withOnHand("5");
    StockItem.Snapshot before = item.snapshot();

    // when
    Outcome<Void> outcome = item.reserve(ReservationId.of("R-1"), Quantity.of(6));

    // then
    assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.INSUFFICIENT_STOCK);
    assertThat(item.snapshot()).isEqualTo(before);
  }

  @Test
  void releasingAnUnknownHoldIsUnknownAndBeyondItIsInsufficient() {
    // given
    StockItem item = withOnHand("5");
    item.reserve(ReservationId.of("R-1"), Quantity.of(2)).orElseThrow();

    // when / then
    assertThat(item.release(ReservationId.of("R-2"), Quantity.of(1)).rejection().code())
        .isEqualTo(RejectionCode.UNKNOWN_REFERENCE);
    assertThat(item.release(ReservationId.of("R-1"), Quantity.of(3)).rejection().code())
        .isEqualTo(RejectionCode.INSUFFICIENT_STOCK);
    assertThat(item.releaseAll(ReservationId.of("R-1")).orElseThrow()).isEqualTo(Quantity.of(2));
    assertThat(item.reserved().isZero()).isTrue();
  }

  @Test
  void takingOutMoreThanIsAvailableIsInsufficientEvenWhenItIsOnHand() {
    // given 5 on hand, 4 held
    StockItem item = withOnHand("5");
    item.reserve(ReservationId.of("R-1"), Quantity.of(4)).orElseThrow();
    StockItem.Snapshot before = item.snapshot();

    // when
    Outcome<Issue> outcome = item.takeOut(Quantity.of(2));

    // then
    assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.INSUFFICIENT_STOCK);
    assertThat(item.snapshot()).isEqualTo(before);
    assertThat(item.takeOut(Quantity.of(1)).orElseThrow().cost()).isEqualTo(Money.of("2.00", "CNY"));
  }

  @Test
  void aCountBelowWhatIsReservedIsInvalidStateForTheItemAlone() {
    // given
    StockItem item = withOnHand("5");
    item.reserve(ReservationId.of("R-1"), Quantity.of(3)).orElseThrow();

    // when / then
    assertThat(item.count(Quantity.of(2)).rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
    assertThat(item.onHand()).isEqualTo(Quantity.of(5));
    assertThat(item.count(Quantity.of(3)).orElseThrow()).isEqualTo(Money.of("-4.00", "CNY"));
  }

  @Test
  void anOrderReservesWhatIsAvailableAndTheItemKeepsOnlyTheTotal() {
    // given 5 on hand, an order of 8
    StockItem item = withOnHand("5");
    OrderAllocation allocation = order("SO-1", "8");

    // when
    Quantity reserved = allocation.reserveFrom(item).orElseThrow();

    // then the allocation holds the reservation; the item only the total
    assertThat(reserved).isEqualTo(Quantity.of(5));
    assertThat(item.reservedForOrders()).isEqualTo(Quantity.of(5));
    assertThat(item.holds()).isEmpty();
    assertThat(item.available().isZero()).isTrue();
    assertThat(allocation.line(SKU).orElseThrow().reservedIn(WH)).isEqualTo(Quantity.of(5));
    assertThat(allocation.line(SKU).orElseThrow().backordered()).isEqualTo(Quantity.of(3));
    assertThat(order("SO-2", "1").reserveFrom(item).orElseThrow().isZero()).isTrue();
  }

  @Test
  void shippingBeyondTheReservationIsInsufficientAndLeavesBothAggregatesAsTheyWere() {
    // given
    StockItem item = withOnHand("5");
    OrderAllocation allocation = order("SO-1", "8");
    allocation.reserveFrom(item).orElseThrow();
    StockItem.Snapshot itemBefore = item.snapshot();
    OrderAllocation.Snapshot orderBefore = allocation.snapshot();

    // when
    var outcome =
        allocation.ship(
            List.of(new OrderAllocation.Part(SKU, new BigDecimal("6"))),
            java.util.Map.of(item.key(), item),
            List.of(WH),
            java.time.LocalDate.of(2026, 11, 1));

    // then
    assertThat(outcome.rejection().code()).isEqualTo(RejectionCode.INSUFFICIENT_STOCK);
    assertThat(item.snapshot()).isEqualTo(itemBefore);
    assertThat(allocation.snapshot()).isEqualTo(orderBefore);
  }

  @Test
  void shippingReleasesTheReservationInBothAggregatesInOneDecision() {
    // given
    StockItem item = withOnHand("5");
    OrderAllocation allocation = order("SO-1", "4");
    allocation.reserveFrom(item).orElseThrow();

    // when
    var shipped =
        allocation.ship(List.of(), java.util.Map.of(item.key(), item), List.of(WH), java.time.LocalDate.of(2026, 11, 1));

    // then
    assertThat(shipped.orElseThrow().number()).isEqualTo("SO-1/S1");
    assertThat(shipped.events()).hasSize(1);
    assertThat(item.reservedForOrders().isZero()).isTrue();
    assertThat(item.onHand()).isEqualTo(Quantity.of(1));
    assertThat(allocation.line(SKU).orElseThrow().reservedTotal().isZero()).isTrue();
  }

  @Test
  void cancellingTwiceIsInvalidState() {
    // given
    StockItem item = withOnHand("5");
    OrderAllocation allocation = order("SO-1", "4");
    allocation.reserveFrom(item).orElseThrow();

    // when
    allocation.cancel(java.util.Map.of(item.key(), item)).orElseThrow();

    // then
    assertThat(item.reserved().isZero()).isTrue();
    assertThat(allocation.cancel(java.util.Map.of()).rejection().code()).isEqualTo(RejectionCode.INVALID_STATE);
  }
}
