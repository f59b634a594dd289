package io.bizloop.inventory.port;

import io.bizloop.core.Sku;
import io.bizloop.inventory.domain.Product;
import java.util.Optional;

/** The product catalogue. Contract: {@link #add} stores a new product only once (answers false when the sku exists). */
public interface Products {

  Optional<Product> find(Sku sku);

  boolean add(Product product);
}
