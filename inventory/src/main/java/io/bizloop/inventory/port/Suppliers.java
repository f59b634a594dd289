package io.bizloop.inventory.port;

import io.bizloop.core.SupplierId;
import io.bizloop.core.port.Repository;
import io.bizloop.inventory.domain.Supplier;

/**
 * The suppliers, by id.
 *
 * <p>Contract: the one repository contract of {@link Repository}. A supplier never changes once
 * registered, so {@link #save} stores a supplier only when its id is absent and otherwise stores
 * nothing and answers {@code CONFLICT}.
 */
public interface Suppliers extends Repository<SupplierId, Supplier> {}
