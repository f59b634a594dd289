package io.bizloop.loop;

import io.bizloop.accounting.memory.InMemoryAccountingPorts;
import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.memory.InMemoryProcessedEvents;
import io.bizloop.core.memory.TextKeyIndex;
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
  /**
   * The event ids the inbox and the journal both track, kept once: column 0 the consumers that
   * applied an event, column 1 the journal entries it caused (a posting policy looks up the event
   * the inbox has just marked: one cache line, one copy of the id).
   */
  private final TextKeyIndex events = new TextKeyIndex(0, 2);
  private final InMemoryProcessedEvents inbox = new InMemoryProcessedEvents(unitOfWork, events, 0);
  private final TxMap<String, Boolean> keys = new TxMap<>(unitOfWork);
  private final AccountingPorts accounting = InMemoryAccountingPorts.create(unitOfWork, events, 1);
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
