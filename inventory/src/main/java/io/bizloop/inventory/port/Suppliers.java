package io.bizloop.inventory.port;

import io.bizloop.core.SupplierId;
import io.bizloop.inventory.domain.Supplier;
import java.util.Optional;

/** The suppliers. Contract: {@link #add} stores a new supplier only once (answers false when the id exists). */
public interface Suppliers {

  Optional<Supplier> find(SupplierId id);

  boolean add(Supplier supplier);
}
