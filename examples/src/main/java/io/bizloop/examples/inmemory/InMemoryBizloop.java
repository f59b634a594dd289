package io.bizloop.examples.inmemory;

import io.bizloop.accounting.application.Accounting;
import io.bizloop.core.Quantity;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.core.validation.JakartaCommandValidator;
import io.bizloop.crm.application.Crm;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.ProductTerms;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.inventory.application.Availability;
import io.bizloop.inventory.application.Inventory;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The whole closed loop on in-memory adapters: one event bus, one unit of work, and the three
 * contexts, each installed through its own facade and meeting the others only through events
 * and the ports that CRM declares (answered here from inventory and accounting).
 */
public final class InMemoryBizloop implements Bizloop {

  /** Hibernate Validator announces its version on java.util.logging; a host's log needs no such line. */
  private static final Logger VALIDATOR_LOG = quiet("org.hibernate.validator");

  private static final ValidatorFactory VALIDATORS =
      Validation.byDefaultProvider()
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();

  private final BizloopSettings settings;
  private final InMemoryUnitOfWork unitOfWork;
  private final SynchronousEventBus bus;
  private final Accounting accounting;
  private final Inventory inventory;
  private final Crm crm;

  private InMemoryBizloop(BizloopSettings settings) {
    this.settings = settings;
    this.unitOfWork = new InMemoryUnitOfWork();
    this.bus = new SynchronousEventBus(new InMemoryProcessedEvents(unitOfWork));
    CommandValidator validator = new JakartaCommandValidator(VALIDATORS.getValidator());
    this.accounting = Accounting.inMemory(bus, unitOfWork, validator, settings.accounting());
    this.inventory = Inventory.inMemory(bus, unitOfWork, validator, settings.inventory());
    Inventory stock = inventory;
    Catalog catalog =
        Catalog.of(sku -> stock.product(sku).map(p -> new ProductTerms(p.unit(), p.vatRate())), stock::hasWarehouse);
    StockAvailability availability =
        (sku, warehouse) -> {
          Availability atp = stock.availableToPromise(sku);
          return warehouse == null
              ? atp.total()
              : atp.warehouses().stream()
                  .filter(w -> w.warehouse().equals(warehouse))
                  .map(Availability.InWarehouse::available)
                  .findFirst()
                  .orElse(Quantity.zero(atp.total().unit()));
        };
    this.crm = Crm.inMemory(bus, unitOfWork, validator, settings.crm(), catalog, availability, accounting::openReceivable);
  }

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.WARNING);
    return logger;
  }

  /** A new, empty loop. */
  public static InMemoryBizloop start(BizloopSettings settings) {
    return new InMemoryBizloop(settings);
  }

  @Override
  public BizloopSettings settings() {
    return settings;
  }

  @Override
  public InMemoryUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  public SynchronousEventBus bus() {
    return bus;
  }

  @Override
  public Accounting accounting() {
    return accounting;
  }

  @Override
  public Inventory inventory() {
    return inventory;
  }

  @Override
  public Crm crm() {
    return crm;
  }

}
