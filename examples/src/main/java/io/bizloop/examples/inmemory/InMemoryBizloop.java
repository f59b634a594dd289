package io.bizloop.examples.inmemory;

import io.bizloop.accounting.application.Accounting;
import io.bizloop.core.bus.SynchronousEventBus;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.CommandValidator;
import io.bizloop.crm.application.Crm;
import io.bizloop.inventory.application.Inventory;

/**
 * The whole closed loop on in-memory adapters: one event bus, one unit of work, and the three
 * contexts, each installed through its own facade and meeting the others only through events
 * and the ports that CRM declares (answered here from inventory and accounting).
 */
public final class InMemoryBizloop implements Bizloop {

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
    CommandValidator validator = Wiring.validator();
    this.accounting = Accounting.inMemory(bus, unitOfWork, validator, settings.accounting());
    this.inventory = Inventory.inMemory(bus, unitOfWork, validator, settings.inventory());
    this.crm = Crm.inMemory(bus, unitOfWork, validator, settings.crm(), Wiring.catalog(inventory),
        Wiring.availability(inventory), accounting::openReceivable);
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
