/** Thread-safe in-memory adapters of the accounting ports, undone with the {@link io.bizloop.core.memory.InMemoryUnitOfWork} they ran in. */
package io.bizloop.accounting.memory;
