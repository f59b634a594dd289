package io.bizloop.crm.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CustomerId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.VatRate;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.OrderLine;
import io.bizloop.crm.domain.SalesOrder;
import io.bizloop.crm.domain.SalesOrderStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackedOrderTest {

  private static final Currency CNY = Currency.getInstance("CNY");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static Money m(long minor, Currency c) {
    return Money.ofMinor(minor, c);
  }

  private static LineAmounts a(long net, long vat, Currency c) {
    return new LineAmounts(m(net, c), m(vat, c));
  }

  private static OrderLine line(
      String sku, LineAmounts fixed, LineAmounts recognised, LineAmounts credited, long shippedCost, long returnedCost) {
    Currency c = recognised.net().currency();
    return new OrderLine(
        Sku.of(sku), Quantity.of(new BigDecimal("3.5"), "KG"), new BigDecimal("4.999"), new BigDecimal("12.5"),
        VatRate.STANDARD_CN, fixed, Quantity.of(new BigDecimal("2"), "KG"), Quantity.of(new BigDecimal("1"), "KG"),
        Quantity.of(new BigDecimal("0.5"), "KG"), recognised, credited, m(shippedCost, c), m(returnedCost, c));
  }

  private static SalesOrder.Snapshot order(List<OrderLine> lines, LocalDate confirmedOn, long version) {
    return new SalesOrder.Snapshot(
        SalesOrderId.of("SO-7"), CustomerId.of("C-1"), WarehouseId.of("WH-1"), SalesOrderStatus.PARTIALLY_SHIPPED,
        lines, DAY, confirmedOn, DAY.plusDays(3), 2, 1, 1, version);
  }

  @Test
  void aOneLineOrderIsPackedAndUnpacksEqualInEveryPart() {
    List<SalesOrder.Snapshot> orders = List.of(
        // confirmed, partly shipped, invoiced, returned and credited: every amount different
        order(List.of(line("A-1", a(1531, 199, CNY), a(875, 114, CNY), a(-125, -16, CNY), 912, -7)), DAY, 4),
        // recognised at confirmation: recognised is the fixed amounts
        order(List.of(line("A-1", a(1531, 199, CNY), a(1531, 199, CNY), a(0, 0, CNY), 0, 0)), DAY, 2),
        // a draft: nothing fixed yet, no warehouse, not confirmed
        new SalesOrder.Snapshot(
            SalesOrderId.of("SO-8"), CustomerId.of("C-2"), null, SalesOrderStatus.DRAFT,
            List.of(line("B-2", null, a(0, 0, EUR), a(0, 0, EUR), 0, 0)), DAY, null, DAY, 0, 0, 0, 1),
        // amounts at the ends of the long range of minor units
        order(List.of(line("A-1", a(Long.MAX_VALUE, Long.MIN_VALUE, CNY), a(Long.MIN_VALUE, 1, CNY), a(-1, Long.MAX_VALUE, CNY), Long.MAX_VALUE, Long.MIN_VALUE)), null, 9));
    for (SalesOrder.Snapshot s : orders) {
      Object stored = PackedOrder.pack(s);
      assertThat(stored).isInstanceOf(PackedOrder.class);
      assertThat(PackedOrder.unpack(stored)).isEqualTo(s);
      assertThat(PackedOrder.version(stored)).isEqualTo(s.version());
    }
  }

  @Test
  void anOrderOfMoreLinesOrOfMixedCurrenciesIsKeptAsItsSnapshot() {
    SalesOrder.Snapshot twoLines = order(List.of(
        line("A-1", a(1531, 199, CNY), a(875, 114, CNY), a(0, 0, CNY), 912, 0),
        line("B-2", a(100, 13, CNY), a(0, 0, CNY), a(0, 0, CNY), 0, 0)), DAY, 3);
    OrderLine mixed = new OrderLine(
        Sku.of("A-1"), Quantity.of(1), BigDecimal.ONE, BigDecimal.ZERO, VatRate.STANDARD_CN, a(100, 13, CNY),
        Quantity.of(1), Quantity.of(0), Quantity.of(0), a(100, 13, CNY), a(0, 0, CNY), m(55, EUR), m(0, CNY));
    SalesOrder.Snapshot mixedCurrencies = order(List.of(mixed), DAY, 5);
    for (SalesOrder.Snapshot s : List.of(twoLines, mixedCurrencies)) {
      assertThat(PackedOrder.pack(s)).isSameAs(s);
      assertThat(PackedOrder.unpack(s)).isSameAs(s);
      assertThat(PackedOrder.version(s)).isEqualTo(s.version());
    }
  }

  @Test
  void theStoreFindsPackedOrdersAsSavedAndStillRefusesAStaleVersion() {
    InMemorySalesOrders orders = new InMemorySalesOrders(new InMemoryUnitOfWork());
    SalesOrder.Snapshot first = new SalesOrder.Snapshot(
        SalesOrderId.of("SO-8"), CustomerId.of("C-2"), null, SalesOrderStatus.DRAFT,
        List.of(line("B-2", null, a(0, 0, CNY), a(0, 0, CNY), 0, 0)), DAY, null, DAY, 0, 0, 0, 0);
    SalesOrder order = SalesOrder.restore(first);
    assertThat(orders.save(order).isAccepted()).isTrue();
    assertThat(orders.find(SalesOrderId.of("SO-8")).orElseThrow().snapshot()).isEqualTo(first.withVersion(1));
    Outcome<Void> stale = orders.save(SalesOrder.restore(first));
    assertThat(stale.rejection().code()).isEqualTo(RejectionCode.CONFLICT);
    assertThat(orders.all()).extracting(SalesOrder::snapshot).containsExactly(first.withVersion(1));
  }
}
