package io.bizloop.inventory.application;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Quantity;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.event.GoodsReceived;
import io.bizloop.core.event.GoodsReturned;
import io.bizloop.core.event.GoodsShipped;
import io.bizloop.core.event.StockAdjusted;
import io.bizloop.inventory.domain.CostingMethod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Model-based: random receive / confirm / ship / cancel / transfer / count / return sequences
 * against the real inventory and a tiny model, checking invariants 7–10 and 12 after every step.
 * A failing sequence is shortened by dropping one command at a time while it still fails.
 */
class InventoryProperties {

  private static final List<String> WAREHOUSES = List.of("WH-1", "WH-2");
  private static final List<String> SKUS = List.of("P-MA", "P-FIFO");
  private static final List<String> COSTS = List.of("1.00", "1.10", "3.3333", "0.07", "2.125");

  /** One random step, decoded from a number so QuickTheories can shrink it. */
  record Step(int code) {
    int kind() {
      return code % 7;
    }

    int arg(int index, int bound) {
      int r = code / 7;
      for (int i = 0; i < index; i++) {
        r /= 13;
      }
      return r % bound;
    }

    @Override
    public String toString() {
      return switch (kind()) {
        case 0 -> "receive " + (arg(2, 10) + 1) + " " + SKUS.get(arg(1, 2)) + " into " + WAREHOUSES.get(arg(0, 2));
        case 1 -> "confirm order for " + (arg(2, 12) + 1) + " " + SKUS.get(arg(1, 2)) + " warehouse#" + arg(0, 3);
        case 2 -> "ship order#" + arg(0, 13) + (arg(1, 2) == 0 ? " all" : " " + (arg(2, 5) + 1));
        case 3 -> "cancel order#" + arg(0, 13);
        case 4 -> "transfer " + (arg(2, 8) + 1) + " " + SKUS.get(arg(1, 2)) + " from " + WAREHOUSES.get(arg(0, 2));
        case 5 -> "count " + SKUS.get(arg(1, 2)) + " in " + WAREHOUSES.get(arg(0, 2)) + " = " + arg(2, 13);
        default -> "return " + (arg(2, 3) + 1) + " of order#" + arg(0, 13) + " " + SKUS.get(arg(1, 2));
      };
    }
  }

  @Test
  void invariantsHoldAfterEveryStep() {
    qt().withExamples(200)
        .withShrinkCycles(50)
        .forAll(lists().of(integers().between(0, 7 * 13 * 13 * 13 - 1)).ofSizeBetween(1, 30))
        .checkAssert(
            codes -> {
              List<Step> steps = codes.stream().map(Step::new).toList();
              Optional<String> failure = failure(steps);
              if (failure.isPresent()) {
                List<Step> shortest = minimise(steps);
                throw new AssertionError(
                    "invariant broken: " + failure(shortest).orElse(failure.get()) + "\nshortest sequence: " + shortest);
              }
            });
  }

  /** Drops one step at a time while the sequence still fails. */
  static List<Step> minimise(List<Step> steps) {
    List<Step> current = steps;
    boolean shrunk = true;
    while (shrunk) {
      shrunk = false;
      for (int i = 0; i < current.size(); i++) {
        List<Step> candidate = new ArrayList<>(current);
        candidate.remove(i);
        if (failure(candidate).isPresent()) {
          current = candidate;
          shrunk = true;
          break;
        }
      }
    }
    return current;
  }

  /** Runs the steps; the first broken invariant, if any. */
  static Optional<String> failure(List<Step> steps) {
    Model model = new Model();
    for (int i = 0; i < steps.size(); i++) {
      try {
        Optional<String> broken = model.apply(steps.get(i));
        if (broken.isPresent()) {
          return Optional.of("step " + (i + 1) + " (" + steps.get(i) + "): " + broken.get());
        }
      } catch (RuntimeException e) {
        return Optional.of("step " + (i + 1) + " (" + steps.get(i) + ") threw " + e);
      }
    }
    return Optional.empty();
  }

  /** The real inventory and what the model expects of it. */
  static final class Model {
    final InventoryFixture f = new InventoryFixture();
    final Map<String, BigDecimal> onHand = new HashMap<>();
    final List<String> orders = new ArrayList<>();
    final Map<String, Integer> returns = new HashMap<>();
    Money expectedValue = Money.zero(java.util.Currency.getInstance("CNY"));
    int seenEvents = 0;

    Model() {
      f.warehouse("WH-1").warehouse("WH-2").product("P-MA", CostingMethod.MOVING_AVERAGE).product("P-FIFO", CostingMethod.FIFO);
    }

    Optional<String> apply(Step step) {
      String sku = SKUS.get(step.arg(1, 2));
      String warehouse = WAREHOUSES.get(step.arg(0, 2));
      String other = WAREHOUSES.get(1 - step.arg(0, 2));
      Map<String, BigDecimal> reservedBefore = reservedPerOrder(sku);
      BigDecimal totalReservedBefore = totalReserved(sku);
      Outcome<?> outcome;
      switch (step.kind()) {
        case 0 -> {
          outcome = f.tryReceive(warehouse, sku, String.valueOf(step.arg(2, 10) + 1), COSTS.get(step.arg(2, 5)));
          if (outcome.isAccepted()) {
            move(warehouse, sku, BigDecimal.valueOf(step.arg(2, 10) + 1));
          }
        }
        case 1 -> {
          String order = "SO-" + (orders.size() + 1);
          int w = step.arg(0, 3);
          outcome = f.tryConfirm(order, w == 2 ? null : WAREHOUSES.get(w), sku, String.valueOf(step.arg(2, 12) + 1));
          if (outcome.isAccepted()) {
            orders.add(order);
          }
        }
        case 2 -> {
          Optional<String> order = order(step.arg(0, 13));
          if (order.isEmpty()) {
            return check();
          }
          OrderFulfilment before = f.inventory.order(SalesOrderId.of(order.get())).orElseThrow();
          outcome =
              step.arg(1, 2) == 0
                  ? f.tryShip(order.get())
                  : f.tryShip(order.get(), before.lines().get(0).sku().value(), String.valueOf(step.arg(2, 5) + 1));
          if (outcome.isAccepted()) {
            GoodsShipped shipped = f.last(GoodsShipped.class);
            for (OrderFulfilment.Line line : before.lines()) {
              BigDecimal out =
                  shipped.lines().stream().filter(l -> l.sku().equals(line.sku())).map(l -> l.quantity().value())
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              if (out.compareTo(line.reserved().value()) > 0) {
                return Optional.of("shipped " + out + " of " + line.sku() + " with only " + line.reserved() + " reserved");
              }
            }
            shipped.lines().forEach(l -> move(l.warehouse().value(), l.sku().value(), l.quantity().value().negate()));
          }
        }
        case 3 -> {
          Optional<String> order = order(step.arg(0, 13));
          if (order.isEmpty()) {
            return check();
          }
          OrderFulfilment before = f.inventory.order(SalesOrderId.of(order.get())).orElseThrow();
          Sku orderSku = before.lines().get(0).sku();
          Map<String, BigDecimal> othersBefore = reservedPerOrder(orderSku.value());
          BigDecimal stockBefore = totalReserved(orderSku.value());
          f.cancel(order.get());
          outcome = Outcome.done();
          // invariant 12: exactly the order's reservation is released; others may take it up
          BigDecimal released = before.cancelled() ? BigDecimal.ZERO : before.lines().get(0).reserved().value();
          BigDecimal takenUp = BigDecimal.ZERO;
          for (Map.Entry<String, BigDecimal> e : reservedPerOrder(orderSku.value()).entrySet()) {
            if (!e.getKey().equals(order.get())) {
              takenUp = takenUp.add(e.getValue().subtract(othersBefore.getOrDefault(e.getKey(), BigDecimal.ZERO)));
            }
          }
          BigDecimal expected = stockBefore.subtract(released).add(takenUp);
          if (totalReserved(orderSku.value()).compareTo(expected) != 0) {
            return Optional.of("cancel released " + stockBefore.subtract(totalReserved(orderSku.value())) + ", reserved " + released);
          }
          OrderFulfilment after = f.inventory.order(SalesOrderId.of(order.get())).orElseThrow();
          if (!after.cancelled() || after.lines().stream().anyMatch(l -> !l.reserved().isZero() || !l.backordered().isZero())) {
            return Optional.of("cancelled order still holds stock: " + after);
          }
        }
        case 4 -> {
          String qty = String.valueOf(step.arg(2, 8) + 1);
          outcome = f.tryTransfer(sku, warehouse, other, qty);
          if (outcome.isAccepted()) {
            move(warehouse, sku, new BigDecimal(qty).negate());
            move(other, sku, new BigDecimal(qty));
          }
        }
        case 5 -> {
          outcome = f.count(warehouse, sku, String.valueOf(step.arg(2, 13)));
          if (outcome.isAccepted()) {
            onHand.put(warehouse + "/" + sku, BigDecimal.valueOf(step.arg(2, 13)));
          }
        }
        default -> {
          Optional<String> order = order(step.arg(0, 13));
          if (order.isEmpty()) {
            return check();
          }
          OrderFulfilment before = f.inventory.order(SalesOrderId.of(order.get())).orElseThrow();
          String returned = before.lines().get(0).sku().value();
          int sequence = returns.merge(order.get(), 1, Integer::sum);
          outcome = f.tryReturn(sequence, order.get(), null, returned, String.valueOf(step.arg(2, 3) + 1));
          if (outcome.isAccepted()) {
            GoodsReturned back = f.last(GoodsReturned.class);
            back.lines().forEach(l -> move(l.warehouse().value(), l.sku().value(), l.quantity().value()));
          }
        }
      }
      if (outcome.isRejected() && outcome.rejection().code() == io.bizloop.core.RejectionCode.CONFLICT) {
        return Optional.of("conflict on a single thread: " + outcome.rejection());
      }
      if (outcome.isRejected() && totalReserved(sku).compareTo(totalReservedBefore) != 0) {
        return Optional.of("a rejected step changed the reservations");
      }
      if (outcome.isRejected() && !reservedPerOrder(sku).equals(reservedBefore)) {
        return Optional.of("a rejected step changed an order");
      }
      return check();
    }

    private Optional<String> order(int index) {
      return orders.isEmpty() ? Optional.empty() : Optional.of(orders.get(index % orders.size()));
    }

    private void move(String warehouse, String sku, BigDecimal quantity) {
      onHand.merge(warehouse + "/" + sku, quantity, BigDecimal::add);
    }

    private Map<String, BigDecimal> reservedPerOrder(String sku) {
      Map<String, BigDecimal> reserved = new HashMap<>();
      for (String order : orders) {
        f.inventory.order(SalesOrderId.of(order)).ifPresent(o -> o.lines().stream()
            .filter(l -> l.sku().value().equals(sku))
            .forEach(l -> reserved.put(order, l.reserved().value())));
      }
      return reserved;
    }

    private BigDecimal totalReserved(String sku) {
      return f.inventory.stock().stream().filter(r -> r.sku().value().equals(sku)).map(r -> r.reserved().value())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Invariants 7–10 (and Σ order reservations = Σ reserved, value = Σ value movements). */
    Optional<String> check() {
      for (StockRow row : f.inventory.stock()) {
        String key = row.warehouse() + "/" + row.sku();
        if (row.reserved().isNegative() || row.reserved().isGreaterThan(row.onHand())) {
          return Optional.of(key + ": reserved " + row.reserved() + " outside [0, " + row.onHand() + "]");
        }
        if (!row.available().equals(row.onHand().minus(row.reserved()))) {
          return Optional.of(key + ": available " + row.available() + " is not onHand − reserved");
        }
        BigDecimal expected = onHand.getOrDefault(key, BigDecimal.ZERO);
        if (row.onHand().value().compareTo(expected) != 0) {
          return Optional.of(key + ": on hand " + row.onHand() + ", movements say " + expected);
        }
        if (row.value().isNegative() || (row.onHand().isZero() && !row.value().isZero())) {
          return Optional.of(key + ": value " + row.value() + " with " + row.onHand() + " on hand");
        }
      }
      for (String sku : SKUS) {
        BigDecimal ordersReserve = reservedPerOrder(sku).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (ordersReserve.compareTo(totalReserved(sku)) != 0) {
          return Optional.of(sku + ": orders reserve " + ordersReserve + " but stock items " + totalReserved(sku));
        }
      }
      for (String order : orders) {
        OrderFulfilment o = f.inventory.order(SalesOrderId.of(order)).orElseThrow();
        for (OrderFulfilment.Line l : o.lines()) {
          Quantity accounted = l.reserved().plus(l.backordered()).plus(l.shipped());
          if (!o.cancelled() && !accounted.equals(l.ordered())) {
            return Optional.of(order + ": reserved + backordered + shipped = " + accounted + " of " + l.ordered());
          }
          if (l.returned().isGreaterThan(l.shipped()) || l.returnedCost().compareTo(l.shippedCost()) > 0) {
            return Optional.of(order + ": returned more than shipped");
          }
        }
      }
      // the store's index of waiting orders answers what filtering every allocation answers
      List<SalesOrderId> waiting = f.ports.allocations().withBackorders().stream()
          .map(io.bizloop.inventory.domain.OrderAllocation::order).toList();
      List<SalesOrderId> filtered = f.ports.allocations().all().stream()
          .filter(a -> !a.cancelled() && a.lines().stream().anyMatch(l -> l.backordered().isPositive()))
          .map(io.bizloop.inventory.domain.OrderAllocation::order).toList();
      if (!waiting.equals(filtered)) {
        return Optional.of("orders with backorders " + waiting + ", filtering every allocation says " + filtered);
      }
      List<io.bizloop.core.event.BusinessEvent> events = f.published;
      synchronized (events) {
        for (; seenEvents < events.size(); seenEvents++) {
          var e = events.get(seenEvents);
          if (e instanceof GoodsReceived r) {
            expectedValue = expectedValue.plus(r.net());
          } else if (e instanceof GoodsShipped s) {
            expectedValue = expectedValue.minus(s.cost());
          } else if (e instanceof GoodsReturned r) {
            expectedValue = expectedValue.plus(r.cost());
          } else if (e instanceof StockAdjusted a) {
            expectedValue = expectedValue.plus(a.value());
          }
        }
      }
      if (!f.inventory.stockValue().equals(expectedValue)) {
        return Optional.of("stock value " + f.inventory.stockValue() + ", movements say " + expectedValue);
      }
      return Optional.empty();
    }
  }

  @Test
  void aHandPickedSequenceKeepsTheInvariants() {
    // given receive, two confirmations, a count below reserved, a transfer, a ship, a cancel, a return
    List<Step> steps = new ArrayList<>();
    for (int code : new int[] {0, 7 * 13 * 13 * 5 + 1, 1, 5, 4, 2, 3, 6, 7 * 13 * 13 * 2 + 6}) {
      steps.add(new Step(code));
    }

    // when / then
    org.assertj.core.api.Assertions.assertThat(failure(steps)).isEmpty();
  }
}
