package io.bizloop.inventory.memory;

import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.inventory.port.InventoryPorts;

/** The in-memory set of inventory's ports, for tests, demos and small hosts. */
public final class InMemoryInventoryPorts {

  private InMemoryInventoryPorts() {}

  /**
   * Fresh, empty in-memory repositories and counters, all undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work every store takes part in
   * @return the ports
   */
  public static InventoryPorts create(InMemoryUnitOfWork unitOfWork) {
    InMemoryStockItems items = new InMemoryStockItems(unitOfWork);
    return new InventoryPorts(
        new InMemoryWarehouses(unitOfWork),
        new InMemoryProducts(unitOfWork),
        new InMemorySuppliers(unitOfWork),
        items,
        new InMemoryPurchaseOrders(unitOfWork),
        new InMemoryOrderAllocations(unitOfWork),
        new InMemoryInventorySequences(unitOfWork),
        items);
  }
}
