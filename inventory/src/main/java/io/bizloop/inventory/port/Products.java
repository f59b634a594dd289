package io.bizloop.inventory.port;

import io.bizloop.core.Sku;
import io.bizloop.core.port.Repository;
import io.bizloop.inventory.domain.Product;

/**
 * The product catalogue, by sku.
 *
 * <p>Contract: the one repository contract of {@link Repository}. A product never changes once
 * registered, so {@link #save} stores a product only when its sku is absent and otherwise stores
 * nothing and answers {@code CONFLICT} (another writer registered it first).
 */
public interface Products extends Repository<Sku, Product> {}
