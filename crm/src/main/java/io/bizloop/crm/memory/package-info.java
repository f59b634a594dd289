/** Thread-safe in-memory adapters of the crm repositories, undone with their InMemoryUnitOfWork. */
package io.bizloop.crm.memory;
