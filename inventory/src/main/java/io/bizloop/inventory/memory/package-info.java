/**
 * Thread-safe in-memory adapters of the inventory ports, undone with their
 * {@link io.bizloop.core.memory.InMemoryUnitOfWork}; {@link io.bizloop.inventory.memory.InMemoryInventoryPorts}
 * makes the whole set.
 */
package io.bizloop.inventory.memory;
