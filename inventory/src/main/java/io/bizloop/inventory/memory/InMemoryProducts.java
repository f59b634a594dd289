package io.bizloop.inventory.memory;

import io.bizloop.core.Sku;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.port.Products;
import java.util.Optional;

/** In-memory {@link Products}. */
public final class InMemoryProducts implements Products {

  private final TxMap<Sku, Product> products;

  public InMemoryProducts(InMemoryUnitOfWork unitOfWork) {
    this.products = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<Product> find(Sku sku) {
    return products.get(sku);
  }

  @Override
  public boolean add(Product product) {
    return products.putIf(product.sku(), product, (current, next) -> current == null);
  }
}
