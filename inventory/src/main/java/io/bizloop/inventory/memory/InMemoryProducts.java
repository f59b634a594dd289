package io.bizloop.inventory.memory;

import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TxMap;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.port.Products;
import java.util.Optional;

/** In-memory {@link Products}: thread-safe, a product stored once per sku. */
public final class InMemoryProducts implements Products {

  private final TxMap<Sku, Product> products;

  /**
   * An empty catalogue whose writes are undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work the store takes part in
   */
  public InMemoryProducts(InMemoryUnitOfWork unitOfWork) {
    this.products = new TxMap<>(unitOfWork);
  }

  @Override
  public Optional<Product> find(Sku sku) {
    return products.get(sku);
  }

  @Override
  public Outcome<Void> save(Product product) {
    return Versioned.insert(products, product.sku(), product);
  }
}
