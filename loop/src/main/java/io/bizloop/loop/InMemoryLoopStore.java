package io.bizloop.loop;

import io.bizloop.accounting.memory.InMemoryAccountingPorts;
import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.TxMap;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.port.ProcessedEvents;
import io.bizloop.crm.memory.InMemoryCrmPorts;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.CrmPorts;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.inventory.memory.InMemoryInventoryPorts;
import io.bizloop.inventory.port.InventoryPorts;

/**
 * The loop's state in memory: every repository over one {@link InMemoryUnitOfWork}.
 *
 * <p>Thread-safe: units of work run one after another (one writer at a time), readers see only
 * ended units, and a rejected or failed unit leaves no trace. Nothing survives the JVM.
 */
public final class InMemoryLoopStore implements LoopStore {

  private final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final InMemoryProcessedEvents inbox = new InMemoryProcessedEvents(unitOfWork);
  private final TxMap<String, Boolean> keys = new TxMap<>(unitOfWork);
  private final AccountingPorts accounting = InMemoryAccountingPorts.create(unitOfWork);
  private final InventoryPorts inventory = InMemoryInventoryPorts.create(unitOfWork);

  /** An empty store. */
  public InMemoryLoopStore() {}

  @Override
  public InMemoryUnitOfWork unitOfWork() {
    return unitOfWork;
  }

  @Override
  public ProcessedEvents inbox() {
    return inbox;
  }

  @Override
  public IdempotencyKeys idempotencyKeys() {
    return key -> keys.replace(key, null, Boolean.TRUE);
  }

  @Override
  public AccountingPorts accounting() {
    return accounting;
  }

  @Override
  public InventoryPorts inventory() {
    return inventory;
  }

  @Override
  public CrmPorts crm(Catalog catalog, StockAvailability availability, Receivables receivables) {
    return InMemoryCrmPorts.create(unitOfWork, catalog, availability, receivables);
  }
}
