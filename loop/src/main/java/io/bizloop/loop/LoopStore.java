package io.bizloop.loop;

import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.port.EventSubscriptions;
import io.bizloop.core.port.ProcessedEvents;
import io.bizloop.core.port.UnitOfWork;
import io.bizloop.crm.port.Catalog;
import io.bizloop.crm.port.CrmPorts;
import io.bizloop.crm.port.Receivables;
import io.bizloop.crm.port.StockAvailability;
import io.bizloop.inventory.port.InventoryPorts;

/**
 * Where a loop keeps its state: the place persistence plugs in. {@link Bizloop#inMemory} uses
 * {@link InMemoryLoopStore}; the {@code bizloop-jdbc} module answers the same ports from a
 * database.
 *
 * <p>Contract: every port answered here takes part in {@link #unitOfWork()}: what a rejected or
 * failed unit of work changed through them is not kept. Repositories honour
 * {@link io.bizloop.core.port.Repository}'s optimistic-locking contract.
 */
public interface LoopStore {

  /**
   * The unit of work every command of the loop runs in.
   *
   * @return the unit of work
   */
  UnitOfWork unitOfWork();

  /**
   * The inbox: which consumer has applied which event.
   *
   * @return the inbox, inside the unit of work
   */
  ProcessedEvents inbox();

  /**
   * The idempotency keys of {@link Bizloop#once}.
   *
   * @return the keys, inside the unit of work
   */
  IdempotencyKeys idempotencyKeys();

  /**
   * The accounting context's repositories.
   *
   * @return accounting's ports
   */
  AccountingPorts accounting();

  /**
   * The inventory context's repositories.
   *
   * @return inventory's ports
   */
  InventoryPorts inventory();

  /**
   * The crm context's ports: the store's repositories, with the ports to the other contexts that
   * the loop answers itself.
   *
   * @param catalog the products and warehouses inventory knows
   * @param availability inventory's available-to-promise
   * @param receivables accounting's open receivables
   * @return crm's ports
   */
  CrmPorts crm(Catalog catalog, StockAvailability availability, Receivables receivables);

  /**
   * Lets the store follow every event the loop publishes (an outbox records them in the same
   * transaction). The default follows nothing.
   *
   * @param subscriptions the loop's event subscriptions
   */
  default void follow(EventSubscriptions subscriptions) {}
}
