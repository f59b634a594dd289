package io.bizloop.inventory.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.SupplierId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.Supplier;
import io.bizloop.inventory.port.Suppliers;
import java.util.Optional;

/** In-memory {@link Suppliers}: thread-safe, a supplier stored once per id. */
public final class InMemorySuppliers implements Suppliers {

  private final TxMap<SupplierId, Supplier> suppliers;

  /**
   * An empty store whose writes are undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work the store takes part in
   */
  public InMemorySuppliers(InMemoryUnitOfWork unitOfWork) {
    this.suppliers = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<Supplier> find(SupplierId id) {
    return suppliers.get(id);
  }

  @Override
  public Outcome<Void> save(Supplier supplier) {
    return Versioned.insert(suppliers, supplier.id(), supplier);
  }
}
