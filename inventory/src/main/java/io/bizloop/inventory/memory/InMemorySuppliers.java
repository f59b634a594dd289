package io.bizloop.inventory.memory;

import io.bizloop.core.SupplierId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.Supplier;
import io.bizloop.inventory.port.Suppliers;
import java.util.Optional;

/** In-memory {@link Suppliers}. */
public final class InMemorySuppliers implements Suppliers {

  private final TxMap<SupplierId, Supplier> suppliers;

  public InMemorySuppliers(InMemoryUnitOfWork unitOfWork) {
    this.suppliers = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<Supplier> find(SupplierId id) {
    return suppliers.get(id);
  }

  @Override
  public boolean add(Supplier supplier) {
    return suppliers.putIf(supplier.id(), supplier, (current, next) -> current == null);
  }
}
