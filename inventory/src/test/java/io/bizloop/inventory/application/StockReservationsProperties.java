package io.bizloop.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.port.HostPorts;
import io.bizloop.inventory.domain.CostingMethod;
import io.bizloop.inventory.domain.ReservationId;
import io.bizloop.inventory.memory.InMemoryInventoryPorts;
import io.bizloop.inventory.port.InventoryPorts;
import io.bizloop.inventory.port.StockReservations;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store's one-step stand-alone reservation ({@link StockReservations} on the stored
 * snapshot) decides exactly as the whole-item path: the same outcomes, messages and stock, over
 * random reservations, top-ups, releases, receipts and confirmed sales orders (some waiting for
 * stock, which a release must then fill), some steps inside units that are rolled back.
 */
class StockReservationsProperties {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
  private static final WarehouseId WH = WarehouseId.of("W");
  private static final List<Sku> SKUS = List.of(Sku.of("A"), Sku.of("B"));
  private static final List<ReservationId> HOLDS = List.of(ReservationId.of("R1"), ReservationId.of("R2"), ReservationId.of("R3"));

  /** An inventory with a warehouse, two products and a supplier; {@code fastPath} false: no StockReservations. */
  private static final class World {
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    final Inventory inventory;
    final SynchronousEventBus bus;
    int orders;

    World(boolean fastPath) {
      bus = new SynchronousEventBus(new InMemoryProcessedEvents(unitOfWork));
      InventoryPorts memory = InMemoryInventoryPorts.create(unitOfWork);
      InventoryPorts ports =
          fastPath
              ? memory
              : new InventoryPorts(
                  memory.warehouses(), memory.products(), memory.suppliers(), memory.stockItems(), memory.purchaseOrders(),
                  memory.allocations(), memory.sequences(), StockReservations.none());
      assertThat(memory.reservations()).as("the in-memory store answers the fast path").isNotSameAs(StockReservations.none());
      InventorySettings settings =
          new InventorySettings(java.util.Currency.getInstance("CNY"), io.bizloop.core.VatRate.STANDARD_CN, CostingMethod.MOVING_AVERAGE);
      inventory = Inventory.install(new HostPorts(bus, bus, unitOfWork, CommandValidator.none()), settings, ports);
      InventoryFixture.ok(inventory.registerWarehouse(new RegisterWarehouse.Command(WH, "W", DAY)));
      for (Sku sku : SKUS) {
        InventoryFixture.ok(inventory.registerProduct(RegisterProduct.Command.of(sku, "P " + sku, DAY)));
      }
      InventoryFixture.ok(inventory.registerSupplier(new RegisterSupplier.Command(InventoryFixture.SUPPLIER, "S", DAY)));
    }

    /** Runs one step coded as an int; answers a text of its outcome. */
    String step(int code) {
      int kind = Math.floorMod(code, 6);
      Sku sku = SKUS.get(Math.floorMod(code >> 3, SKUS.size()));
      ReservationId hold = HOLDS.get(Math.floorMod(code >> 5, HOLDS.size()));
      BigDecimal quantity = BigDecimal.valueOf(Math.floorMod(code >> 7, 12));
      Outcome<?> outcome =
          switch (kind) {
            case 0, 1 -> inventory.reserveStock(new ReserveStock.Command(sku, WH, hold, quantity, DAY));
            case 2 -> inventory.releaseStock(ReleaseStock.Command.all(sku, WH, hold, DAY));
            case 3 -> inventory.releaseStock(new ReleaseStock.Command(sku, WH, hold, quantity, DAY));
            case 4 -> confirm(sku, quantity.add(BigDecimal.ONE)); // may wait for stock: a backorder
            default -> inventory.receivePurchase(
                ReceivePurchase.Command.from(InventoryFixture.SUPPLIER, WH, DAY).line(sku, BigDecimal.valueOf(7), new BigDecimal("2.00")));
          };
      return outcome.isAccepted() ? "ok " + outcome.value() : outcome.rejection().code() + " " + outcome.rejection().message();
    }

    /** A sales order confirmed for {@code quantity} of {@code sku} here: reserved, or waiting for stock. */
    Outcome<Void> confirm(Sku sku, BigDecimal quantity) {
      io.bizloop.core.SalesOrderId order = io.bizloop.core.SalesOrderId.of("SO-" + ++orders);
      io.bizloop.core.event.SalesOrderConfirmed event =
          new io.bizloop.core.event.SalesOrderConfirmed(
              io.bizloop.core.EventId.of("confirm", order), DAY, order, io.bizloop.core.CustomerId.of("C-1"), WH,
              List.of(new io.bizloop.core.event.SalesOrderConfirmed.Line(
                  sku, io.bizloop.core.Quantity.of(quantity.toPlainString()), io.bizloop.core.LineAmounts.zero(java.util.Currency.getInstance("CNY")))));
      return unitOfWork.execute(() -> bus.publish(event));
    }

    /** {@code step} inside a unit of work that is then rolled back. */
    String undone(int code) {
      String[] seen = new String[1];
      unitOfWork.execute(() -> {
        seen[0] = step(code);
        return Outcome.rejected(io.bizloop.core.RejectionCode.CONFLICT, "rolled back on purpose");
      });
      return seen[0];
    }

    String stock() {
      StringBuilder text = new StringBuilder(inventory.stock().toString());
      for (int i = 1; i <= orders; i++) {
        text.append(inventory.order(io.bizloop.core.SalesOrderId.of("SO-" + i)));
      }
      return text.toString();
    }
  }

  @Test
  void theOneStepReservationDecidesAsTheWholeItem() {
    qt().withExamples(200)
        .forAll(lists().of(integers().between(0, 1 << 12)).ofSizeBetween(1, 40))
        .checkAssert(codes -> {
          World fast = new World(true);
          World whole = new World(false);
          List<String> trace = new ArrayList<>();
          for (int code : codes) {
            boolean rollBack = (code & 0x800) != 0 && (code & 0x400) != 0;
            String a = rollBack ? fast.undone(code) : fast.step(code);
            String b = rollBack ? whole.undone(code) : whole.step(code);
            trace.add(code + (rollBack ? " (undone)" : "") + ": " + b);
            assertThat(a).as("outcome after %s", trace).isEqualTo(b);
            assertThat(fast.stock()).as("stock after %s", trace).isEqualTo(whole.stock());
          }
        });
  }
}
