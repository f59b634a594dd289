package io.bizloop.inventory.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.inventory.domain.OrderAllocation;
import io.bizloop.inventory.domain.OrderAllocation.Line;
import io.bizloop.inventory.domain.OrderAllocation.WarehouseQuantity;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedAllocationTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final WarehouseId WH1 = WarehouseId.of("WH-1");
  private static final WarehouseId WH2 = WarehouseId.of("WH-2");

  private static Line line(String sku, List<WarehouseQuantity> reserved, Money shippedCost, Money returnedCost, List<WarehouseId> from) {
    return new Line(
        Sku.of(sku), Quantity.of(7), reserved, Quantity.of(2), Quantity.of(3), shippedCost, Quantity.of(1), returnedCost, from);
  }

  private static OrderAllocation.Snapshot allocation(List<Line> lines, WarehouseId warehouse, boolean cancelled, long version) {
    return new OrderAllocation.Snapshot(
        SalesOrderId.of("SO-9"), CustomerId.of("C-3"), warehouse, WH2, 41, cancelled, 2, lines, version);
  }

  @Test
  void aOneLineAllocationIsPackedAndUnpacksEqualInEveryPart() {
    List<OrderAllocation.Snapshot> allocations = List.of(
        allocation(List.of(line("A-1", List.of(new WarehouseQuantity(WH1, Quantity.of(1)), new WarehouseQuantity(WH2, Quantity.of(1))),
            Money.ofMinor(912, CNY), Money.ofMinor(-304, CNY), List.of(WH1, WH2))), WH1, false, 3),
        allocation(List.of(line("A-1", List.of(), Money.ofMinor(Long.MAX_VALUE, CNY), Money.ofMinor(Long.MIN_VALUE, CNY), List.of(WH2))), null, true, 1),
        allocation(List.of(line("B-2", List.of(new WarehouseQuantity(WH2, Quantity.of(4))), Money.zero(EUR), Money.zero(EUR), List.of())), WH2, false, 7));
    for (OrderAllocation.Snapshot s : allocations) {
      Object stored = PackedAllocation.pack(s);
      assertThat(stored).isInstanceOf(PackedAllocation.class);
      assertThat(PackedAllocation.unpack(stored)).isEqualTo(s);
      assertThat(PackedAllocation.version(stored)).isEqualTo(s.version());
      assertThat(PackedAllocation.confirmation(stored)).isEqualTo(s.confirmation());
    }
  }

  @Test
  void anAllocationOfMoreLinesOrOfTwoCurrenciesIsKeptAsItsSnapshot() {
    OrderAllocation.Snapshot twoLines = allocation(List.of(
        line("A-1", List.of(), Money.ofMinor(5, CNY), Money.zero(CNY), List.of(WH1)),
        line("B-2", List.of(), Money.ofMinor(6, CNY), Money.zero(CNY), List.of(WH1))), WH1, false, 2);
    OrderAllocation.Snapshot twoCurrencies =
        allocation(List.of(line("A-1", List.of(), Money.ofMinor(5, CNY), Money.ofMinor(1, EUR), List.of(WH1))), WH1, false, 2);
    for (OrderAllocation.Snapshot s : List.of(twoLines, twoCurrencies)) {
      assertThat(PackedAllocation.pack(s)).isSameAs(s);
      assertThat(PackedAllocation.unpack(s)).isSameAs(s);
      assertThat(PackedAllocation.version(s)).isEqualTo(2);
      assertThat(PackedAllocation.confirmation(s)).isEqualTo(41);
    }
  }

  @Test
  void theStoreFindsPackedAllocationsAsSavedAndStillRefusesAStaleVersion() {
    InMemoryOrderAllocations store = new InMemoryOrderAllocations(new InMemoryUnitOfWork());
    OrderAllocation.Snapshot first =
        allocation(List.of(line("A-1", List.of(), Money.ofMinor(5, CNY), Money.zero(CNY), List.of(WH1))), WH1, false, 0);
    assertThat(store.save(OrderAllocation.restore(first)).isAccepted()).isTrue();
    assertThat(store.find(SalesOrderId.of("SO-9")).orElseThrow().snapshot()).isEqualTo(first.nextVersion());
    Outcome<Void> stale = store.save(OrderAllocation.restore(first));
    assertThat(stale.rejection().code()).isEqualTo(RejectionCode.CONFLICT);
    assertThat(store.all()).extracting(OrderAllocation::snapshot).containsExactly(first.nextVersion());
    assertThat(store.withBackorders()).extracting(OrderAllocation::snapshot).containsExactly(first.nextVersion());
  }
}
