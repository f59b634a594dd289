/** Thread-safe in-memory adapters of the inventory ports, undone with their InMemoryUnitOfWork. */
package io.bizloop.inventory.memory;
