package io.bizloop.examples.jdbc;

import io.bizloop.accounting.application.PostJournalEntry;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.examples.inmemory.Bizloop;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.inventory.application.ReserveStock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small commands the JDBC tests share. */
final class Fixtures {

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  static final WarehouseId WH = new WarehouseId("WH-1");
  static final Sku HOT = new Sku("HOT-1");
  static final SupplierId SUPPLIER = new SupplierId("S-1");

  private Fixtures() {}

  /** A warehouse, a product and a supplier, and {@code onHand} of the product received at 2.00. */
  static void stock(Bizloop loop, long onHand) {
    expectAccepted(loop.inventory().registerWarehouse().handle(new RegisterWarehouse.Command(WH, "main", DAY)));
    expectAccepted(loop.inventory().registerProduct().handle(
        new RegisterProduct.Command(HOT, "hot item", null, null, null, null, null, DAY)));
    expectAccepted(loop.inventory().registerSupplier().handle(new RegisterSupplier.Command(SUPPLIER, "supplier", DAY)));
    expectAccepted(loop.inventory().receivePurchase().handle(new ReceivePurchase.Command(
        null, SUPPLIER, WH, List.of(new ReceivePurchase.ReceiptLine(HOT, BigDecimal.valueOf(onHand), new BigDecimal("2.00"))),
        DAY)));
  }

  static Outcome<?> reserve(Bizloop loop, String id, long quantity) {
    return loop.inventory().reserveStock().handle(
        new ReserveStock.Command(HOT, WH, id, BigDecimal.valueOf(quantity), DAY));
  }

  /** Posts Dr 1002 / Cr 3001 of {@code amount}. */
  static Outcome<?> capital(Bizloop loop, String amount) {
    return loop.accounting().postJournalEntry().handle(new PostJournalEntry.Command(
        "capital", List.of(PostJournalEntry.Line.debit("1002", amount), PostJournalEntry.Line.credit("3001", amount)),
        DAY));
  }

  static void expectAccepted(Outcome<?> outcome) {
    if (outcome.isRejected()) {
      throw new AssertionError("rejected: " + outcome.rejection());
    }
  }
}
