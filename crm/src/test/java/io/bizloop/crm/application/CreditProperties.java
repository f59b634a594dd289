package io.bizloop.crm.application;

import static io.bizloop.crm.application.CrmKit.CNY;
import static io.bizloop.crm.application.CrmKit.DAY;
import static io.bizloop.crm.application.CrmKit.WH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.bizloop.core.CustomerId;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.RejectionCode;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.event.RevenueRecognised;
import io.bizloop.core.event.SalesOrderConfirmed;
import io.bizloop.crm.domain.CreditExposure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Model-based properties for design.md invariant 17 and the discount rule: random lists of orders
 * (with discounts), confirmations, credit limits, shipments, payments and cancellations run against
 * a real Crm and a tiny model of the books; after every step the exposure equals the model's, every
 * accepted confirmation stayed within the limit, every refused one would have passed it, and every
 * order's recognised shares never exceed (and, once shipped, equal) its discounted figures.
 */
class CreditProperties {

  private static final Gen<List<Integer>> COMMANDS =
      lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(0, 40);

  private static final List<CustomerId> CUSTOMERS = List.of(CustomerId.of("C-1"), CustomerId.of("C-2"));

  @Test
  void confirmationsStayWithinTheCreditLimitAndSharesKeepTheDiscountedFigures() {
    qt().withExamples(300).forAll(COMMANDS).checkAssert(cmds -> CommandLists.check(cmds, CreditProperties::history));
  }

  /** The model of one order: its customer, quantity, figures when confirmed, recognised and shipped so far. */
  private static final class Order {
    final CustomerId customer;
    final BigDecimal qty;
    final LineAmounts quoted;
    boolean confirmed;
    boolean cancelled;
    BigDecimal shipped = BigDecimal.ZERO;
    LineAmounts recognised = LineAmounts.zero(CNY);

    Order(CustomerId customer, BigDecimal qty, LineAmounts quoted) {
      this.customer = customer;
      this.qty = qty;
      this.quoted = quoted;
    }

    Money unrecognised() {
      return confirmed && !cancelled ? quoted.gross().minus(recognised.gross()) : Money.zero(CNY);
    }
  }

  private static void history(List<Integer> cmds) {
    CrmKit kit = new CrmKit().product("P-1").customer("C-1").customer("C-2");
    Map<String, Order> orders = new HashMap<>();
    Map<CustomerId, Money> limits = new HashMap<>();
    Set<String> seenRevenue = new HashSet<>();
    for (int cmd : cmds) {
      int kind = cmd % 6;
      int arg = cmd / 6;
      CustomerId customer = CUSTOMERS.get(arg % 2);
      String id = "SO-" + (arg / 2) % 5;
      Order order = orders.get(id);
      switch (kind) {
        case 0 -> {
          BigDecimal qty = BigDecimal.valueOf(arg % 20 + 1);
          BigDecimal price = BigDecimal.valueOf((arg / 20) % 5000 + 1, 2);
          BigDecimal discount = BigDecimal.valueOf((arg / 7) % 10_000, 2);
          Outcome<SalesOrderId> placed = kit.crm.placeSalesOrder(
              PlaceSalesOrder.Command.of(SalesOrderId.of(id), customer, DAY).warehouse(WH)
                  .line(Sku.of("P-1"), qty, price, discount));
          assertThat(placed.isAccepted()).as("place %s", id).isEqualTo(order == null);
          if (order == null) {
            // exclusive: net = r(q × p × (100 − d) / 100), VAT = r(net × 13 %)
            BigDecimal net = qty.multiply(price).multiply(BigDecimal.valueOf(100).subtract(discount))
                .movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
            BigDecimal vat = net.multiply(new BigDecimal("0.13")).setScale(2, RoundingMode.HALF_UP);
            orders.put(id, new Order(customer, qty, new LineAmounts(Money.of(net, CNY), Money.of(vat, CNY))));
          }
        }
        case 1 -> {
          Money before = exposure(kit, orders, order == null ? customer : order.customer);
          var confirmed = kit.crm.confirmOrder(new ConfirmOrder.Command(SalesOrderId.of(id), DAY));
          if (order == null || order.confirmed || order.cancelled) {
            assertThat(confirmed.isAccepted()).as("confirm %s", id).isFalse();
            break;
          }
          Money limit = limits.get(order.customer);
          boolean within = limit == null || before.plus(order.quoted.gross()).compareTo(limit) <= 0;
          assertThat(confirmed.isAccepted()).as("invariant 17: confirm %s at exposure %s, limit %s", id, before, limit)
              .isEqualTo(within);
          if (!within) {
            assertThat(confirmed.rejection().code()).isEqualTo(RejectionCode.CREDIT_LIMIT);
          } else {
            order.confirmed = true;
            assertThat(kit.events(SalesOrderConfirmed.class).stream()
                    .filter(e -> e.order().value().equals(id)).findFirst().orElseThrow().lines().get(0).amounts())
                .as("discounted figures of %s", id).isEqualTo(order.quoted);
          }
        }
        case 2 -> {
          boolean none = arg % 4 == 0;
          BigDecimal value = BigDecimal.valueOf(arg % 300_000, 2);
          var set = kit.crm.setCreditLimit(none
              ? SetCreditLimit.Command.noLimit(customer, DAY) : SetCreditLimit.Command.of(customer, value, DAY));
          assertThat(set.isAccepted()).isTrue();
          if (none) {
            limits.remove(customer);
          } else {
            limits.put(customer, Money.of(value, CNY));
          }
        }
        case 3 -> {
          if (order == null || !order.confirmed || order.cancelled || order.shipped.compareTo(order.qty) >= 0) {
            break;
          }
          BigDecimal q = order.qty.subtract(order.shipped).min(BigDecimal.valueOf(arg % 7 + 1));
          assertThat(kit.ship(SalesOrderId.of(id), order.customer.value(), "P-1", q.toPlainString()).isAccepted()).isTrue();
          order.shipped = order.shipped.add(q);
          for (RevenueRecognised e : kit.events(RevenueRecognised.class)) {
            if (seenRevenue.add(e.eventId().toString())) {
              Order of = orders.get(e.order().value());
              of.recognised = of.recognised.plus(e.amounts());
              post(kit, of.customer, e.amounts().gross());
            }
          }
          assertThat(order.recognised.net().compareTo(order.quoted.net())).isLessThanOrEqualTo(0);
          assertThat(order.recognised.vat().compareTo(order.quoted.vat())).isLessThanOrEqualTo(0);
          if (order.shipped.compareTo(order.qty) == 0) {
            assertThat(order.recognised).as("the shares of %s add up to its figures", id).isEqualTo(order.quoted);
          }
        }
        case 4 -> pay(kit, customer, Money.of(BigDecimal.valueOf(arg % 100_000, 2), CNY));
        default -> {
          var cancelled = kit.crm.cancelOrder(new CancelOrder.Command(SalesOrderId.of(id), DAY));
          boolean expected = order != null && !order.cancelled && order.shipped.signum() == 0;
          assertThat(cancelled.isAccepted()).as("cancel %s", id).isEqualTo(expected);
          if (expected) {
            order.cancelled = true;
          }
        }
      }
      for (CustomerId c : CUSTOMERS) {
        CreditExposure shown = kit.crm.creditExposure(c).orElseThrow();
        assertThat(shown.exposure()).as("exposure of %s", c).isEqualTo(exposure(kit, orders, c));
        assertThat(shown.limit()).isEqualTo(java.util.Optional.ofNullable(limits.get(c)));
      }
    }
  }

  /** The model's exposure: open − advance + unrecognised gross of confirmed, not cancelled orders. */
  private static Money exposure(CrmKit kit, Map<String, Order> orders, CustomerId customer) {
    Money total = open(kit, customer).minus(advance(kit, customer));
    for (Order order : orders.values()) {
      if (order.customer.equals(customer)) {
        total = total.plus(order.unrecognised());
      }
    }
    return total;
  }

  /** The books: a new receivable takes the advance first. */
  private static void post(CrmKit kit, CustomerId customer, Money gross) {
    Money applied = advance(kit, customer).min(gross);
    kit.advances.put(customer, advance(kit, customer).minus(applied));
    kit.open.put(customer, open(kit, customer).plus(gross.minus(applied)));
  }

  /** The books: a payment settles what is open, the excess becomes advance. */
  private static void pay(CrmKit kit, CustomerId customer, Money amount) {
    Money settled = open(kit, customer).min(amount);
    kit.open.put(customer, open(kit, customer).minus(settled));
    kit.advances.put(customer, advance(kit, customer).plus(amount.minus(settled)));
  }

  private static Money open(CrmKit kit, CustomerId customer) {
    return kit.open.getOrDefault(customer, Money.zero(CNY));
  }

  private static Money advance(CrmKit kit, CustomerId customer) {
    return kit.advances.getOrDefault(customer, Money.zero(CNY));
  }
}
