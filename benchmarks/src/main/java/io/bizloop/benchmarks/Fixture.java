package io.bizloop.benchmarks;

import io.bizloop.accounting.application.PostJournalEntry;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.crm.application.RegisterCustomer;
import io.bizloop.examples.inmemory.BizloopSettings;
import io.bizloop.examples.inmemory.InMemoryBizloop;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A small company on the in-memory wiring, the same every time (no clock, no randomness). */
final class Fixture {

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  static final WarehouseId WAREHOUSE = WarehouseId.of("WH-SH");
  static final Sku SKU = Sku.of("P-1");
  static final SupplierId SUPPLIER = SupplierId.of("S-1");
  static final CustomerId CUSTOMER = CustomerId.of("C-1");

  /** Dr 5602 管理费用 1.00 / Cr 1002 银行存款 1.00: a two-line manual entry. */
  static final PostJournalEntry.Command TWO_LINE_ENTRY =
      new PostJournalEntry.Command(
          "benchmark", List.of(PostJournalEntry.Line.debit("5602", "1.00"), PostJournalEntry.Line.credit("1002", "1.00")), DAY);

  /**
   * How many calls a benchmark makes in its trial setup before JMH's own warm-up, so that the
   * code is compiled by C2 even on a loaded machine where 2 × 2 s of warm-up are not enough
   * (a fixed count: deterministic, independent of the machine's speed).
   */
  static final int JIT_WARM_UP_CALLS = 100_000;

  private Fixture() {}

  /** An empty loop (China defaults: CNY, 13 % VAT, revenue at shipment, moving average). */
  static InMemoryBizloop empty() {
    return InMemoryBizloop.start(BizloopSettings.chinaDefaults());
  }

  /** A loop with one warehouse, one product, one supplier and one customer, and {@code onHand} units in stock. */
  static InMemoryBizloop company(long onHand) {
    InMemoryBizloop loop = empty();
    accepted(loop.inventory().registerWarehouse().handle(new RegisterWarehouse.Command(WAREHOUSE, "Shanghai", DAY)));
    accepted(loop.inventory().registerProduct().handle(
        new RegisterProduct.Command(SKU, "Bolt M8", null, null, null, null, null, DAY)));
    accepted(loop.inventory().registerSupplier().handle(new RegisterSupplier.Command(SUPPLIER, "Ningbo Fasteners", DAY)));
    accepted(loop.crm().registerCustomer().handle(new RegisterCustomer.Command(CUSTOMER, "Hangzhou Hardware", null, null, DAY)));
    if (onHand > 0) {
      receive(loop, onHand);
    }
    return loop;
  }

  /** A purchase receipt without an order: {@code quantity} at 2.00. */
  static Outcome<?> receive(InMemoryBizloop loop, long quantity) {
    return accepted(loop.inventory().receivePurchase().handle(new ReceivePurchase.Command(
        null, SUPPLIER, WAREHOUSE,
        List.of(new ReceivePurchase.ReceiptLine(SKU, BigDecimal.valueOf(quantity), new BigDecimal("2.00"))), DAY)));
  }

  /** Fails the setup loudly when a step that must succeed is refused (a benchmark of rejections is no benchmark). */
  static <T> Outcome<T> accepted(Outcome<T> outcome) {
    if (outcome.isRejected()) {
      throw new IllegalStateException("setup step refused: " + outcome.rejection());
    }
    return outcome;
  }
}
