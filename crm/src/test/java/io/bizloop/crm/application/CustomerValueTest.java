package io.bizloop.crm.application;

import static io.bizloop.crm.application.CrmKit.DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.bizloop.core.CustomerId;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.PaymentId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.event.PaymentReceived;
import org.junit.jupiter.api.Test;

class CustomerValueTest {

  @Test
  void valuesACustomerFromRecognisedRevenueAndShippedCost() {
    // given 10 × 20.00 = 200.00 net, shipped at 10.00 a unit
    CrmKit kit = new CrmKit().product("P-1").customer("C-1").customer("C-2");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "10", "20.00");
    kit.ship(order, "C-1", "P-1", "10");

    // when
    kit.uow.execute(() -> kit.bus.publish(new PaymentReceived(
        EventId.of("payment", PaymentId.of(1)), DAY.plusDays(3), PaymentId.of(1), CustomerId.of("C-1"), Money.of("226.00", "CNY"))));
    CustomerValue value = kit.crm.customerValues().get(0);
    CustomerValue prospect = kit.crm.customerValues().get(1);

    // then: one purchase, active 1 month → 100.00 × 12 / 1
    assertThat(value.revenue()).isEqualTo(Money.of("200.00", "CNY"));
    assertThat(value.cogs()).isEqualTo(Money.of("100.00", "CNY"));
    assertThat(value.grossMargin()).isEqualTo(Money.of("100.00", "CNY"));
    assertThat(value.receivable()).isEqualTo(Money.of("0.00", "CNY"));
    assertThat(value.lifetimeValue()).isEqualTo(Money.of("1200.00", "CNY"));
    assertThat(value.segment()).isEqualTo("NEW");
    assertThat(prospect.lifetimeValue()).isNull();
    assertThat(prospect.segment()).isEqualTo("PROSPECT");
  }

  @Test
  void aCancelledOrderAddsNoRevenue() {
    // given
    CrmKit kit = new CrmKit(io.bizloop.crm.domain.RevenueRecognition.ORDER_CONFIRMATION, false).product("P-1").customer("C-1");
    SalesOrderId order = kit.confirmedOrder("SO-1", "C-1", "P-1", "10", "20.00");

    // when
    kit.crm.cancelOrder(new CancelOrder.Command(order, DAY)).orElseThrow();

    // then
    assertThat(kit.crm.customerValues().get(0).revenue()).isEqualTo(Money.of("0.00", "CNY"));
  }
}
