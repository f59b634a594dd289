package io.bizloop.jdbc;

import io.bizloop.accounting.application.PostJournalEntry;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.inventory.application.ReserveStock;
import io.bizloop.inventory.domain.ReservationId;
import io.bizloop.loop.Bizloop;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Small commands the JDBC tests share. */
final class Fixtures {

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  static final WarehouseId WH = new WarehouseId("WH-1");
  static final Sku HOT = new Sku("HOT-1");
  static final SupplierId SUPPLIER = new SupplierId("S-1");

  private Fixtures() {}

  /** A warehouse, a product and a supplier, and {@code onHand} of the product received at 2.00. */
  static void stock(Bizloop loop, long onHand) {
    expectAccepted(loop.inventory().registerWarehouse(new RegisterWarehouse.Command(WH, "main", DAY)));
    expectAccepted(loop.inventory().registerProduct(RegisterProduct.Command.of(HOT, "hot item", DAY)));
    expectAccepted(loop.inventory().registerSupplier(new RegisterSupplier.Command(SUPPLIER, "supplier", DAY)));
    expectAccepted(loop.inventory().receivePurchase(
        ReceivePurchase.Command.from(SUPPLIER, WH, DAY).line(HOT, BigDecimal.valueOf(onHand), new BigDecimal("2.00"))));
  }

  static Outcome<?> reserve(Bizloop loop, String id, long quantity) {
    return reserve(loop, HOT, id, quantity);
  }

  static Outcome<?> reserve(Bizloop loop, Sku sku, String id, long quantity) {
    return loop.inventory().reserveStock(
        new ReserveStock.Command(sku, WH, ReservationId.of(id), BigDecimal.valueOf(quantity), DAY));
  }

  /** Posts Dr 1002 / Cr 3001 of {@code amount}. */
  static Outcome<?> capital(Bizloop loop, String amount) {
    return loop.accounting().postJournalEntry(
        PostJournalEntry.Command.on(DAY).memo("capital").debit("1002", amount).credit("3001", amount));
  }

  static void expectAccepted(Outcome<?> outcome) {
    if (outcome.isRejected()) {
      throw new AssertionError("rejected: " + outcome.rejection());
    }
  }
}
