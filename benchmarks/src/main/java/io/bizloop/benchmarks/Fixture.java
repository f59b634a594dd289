package io.bizloop.benchmarks;

import io.bizloop.accounting.application.PostJournalEntry;
import io.bizloop.accounting.application.PostShipmentCost;
import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.SupplierId;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.validation.JakartaCommandValidator;
import io.bizloop.crm.application.RegisterCustomer;
import io.bizloop.inventory.application.ReceivePurchase;
import io.bizloop.inventory.application.RegisterProduct;
import io.bizloop.inventory.application.RegisterSupplier;
import io.bizloop.inventory.application.RegisterWarehouse;
import io.bizloop.loop.Bizloop;
import io.bizloop.loop.CompanySettings;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** A small company on the in-memory loop, the same every time (no clock, no randomness). */
final class Fixture {

  static final LocalDate DAY = LocalDate.of(2026, 11, 2);
  static final WarehouseId WAREHOUSE = WarehouseId.of("WH-SH");
  static final Sku SKU = Sku.of("P-1");
  static final SupplierId SUPPLIER = SupplierId.of("S-1");
  static final CustomerId CUSTOMER = CustomerId.of("C-1");

  /** Dr 5602 管理费用 1.00 / Cr 1002 银行存款 1.00: a two-line manual entry. */
  static final PostJournalEntry.Command TWO_LINE_ENTRY =
      PostJournalEntry.Command.on(DAY).memo("benchmark").debit("5602", "1.00").credit("1002", "1.00");

  /**
   * How many calls a benchmark makes in its trial setup before JMH's own warm-up, so that the
   * code is compiled by C2 even on a loaded machine where 2 × 2 s of warm-up are not enough
   * (a fixed count: deterministic, independent of the machine's speed).
   */
  static final int JIT_WARM_UP_CALLS = 100_000;

  /** Hibernate Validator announces its version on java.util.logging; kept strongly reachable so the level holds. */
  private static final Logger VALIDATOR_LOG = quiet("org.hibernate.validator");

  /** Hibernate Validator without expression language, as a host of the loop wires it. */
  private static final ValidatorFactory VALIDATORS =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  private Fixture() {}

  /**
   * An empty loop (China defaults: CNY, 13 % VAT, revenue at shipment, moving average) whose
   * commands are checked by the library's own checks only ({@code checks = "library"}, what
   * {@code Bizloop.inMemory(settings)} does), or also by a host's Hibernate Validator
   * ({@code "hibernate"}, as these benchmarks ran before issue 15).
   */
  static Bizloop empty(String checks) {
    CommandValidator validator =
        switch (checks) {
          case "library" -> CommandValidator.none();
          case "hibernate" -> new JakartaCommandValidator(VALIDATORS.getValidator());
          default -> throw new IllegalArgumentException("checks must be library or hibernate, was " + checks);
        };
    return Bizloop.inMemory(CompanySettings.chinaDefaults(), validator);
  }

  /** A loop with one warehouse, one product, one supplier and one customer, and {@code onHand} units in stock; library checks. */
  static Bizloop company(long onHand) {
    return company(onHand, "library");
  }

  /** As {@link #company(long)}, with the {@link #empty(String) checks} named. */
  static Bizloop company(long onHand, String checks) {
    Bizloop loop = empty(checks);
    accepted(loop.inventory().registerWarehouse(new RegisterWarehouse.Command(WAREHOUSE, "Shanghai", DAY)));
    accepted(loop.inventory().registerProduct(RegisterProduct.Command.of(SKU, "Bolt M8", DAY)));
    accepted(loop.inventory().registerSupplier(new RegisterSupplier.Command(SUPPLIER, "Ningbo Fasteners", DAY)));
    accepted(loop.crm().registerCustomer(RegisterCustomer.Command.of(CUSTOMER, "Hangzhou Hardware", DAY)));
    if (onHand > 0) {
      receive(loop, onHand);
    }
    return loop;
  }

  /** A purchase receipt without an order: {@code quantity} at 2.00. */
  static Outcome<?> receive(Bizloop loop, long quantity) {
    return accepted(loop.inventory().receivePurchase(
        ReceivePurchase.Command.from(SUPPLIER, WAREHOUSE, DAY).line(SKU, BigDecimal.valueOf(quantity), new BigDecimal("2.00"))));
  }

  /**
   * Accounting's GoodsShipped policy (Dr COGS / Cr Inventory) on the loop's own books, built as
   * {@code Accounting.install} builds it; run it through {@link Bizloop#atomically} as the
   * loop's bus does (one unit of work, conflicts retried).
   */
  static PostShipmentCost shipmentCostPolicy(Bizloop loop) {
    var books = loop.store().accounting();
    return new PostShipmentCost(
        loop.settings().accounting(), books.journal(), books.balances(), books.periods(), books.sequences());
  }

  /** Fails the setup loudly when a step that must succeed is refused (a benchmark of rejections is no benchmark). */
  static <T> Outcome<T> accepted(Outcome<T> outcome) {
    if (outcome.isRejected()) {
      throw new IllegalStateException("setup step refused: " + outcome.rejection());
    }
    return outcome;
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.WARNING);
    return logger;
  }
}
