package io.bizloop.jdbc;

import io.bizloop.core.Outcome;
import io.bizloop.core.Sku;
import io.bizloop.inventory.domain.Product;
import io.bizloop.inventory.port.Products;
import java.util.Optional;

/** The product catalogue in {@code bizloop_product}: a product is stored once; a taken sku answers CONFLICT. */
final class JdbcProducts implements Products {

  private final Sql sql;

  JdbcProducts(Sql sql) {
    this.sql = sql;
  }

  public JdbcProducts(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<Product> find(Sku sku) {
    return sql.one("SELECT snapshot FROM bizloop_product WHERE sku = ?", rs -> Snapshots.read(rs.getString(1), Product.class),
        sku.value());
  }

  @Override
  public Outcome<Void> save(Product product) {
    int inserted = sql.insertIfAbsent("bizloop_product", java.util.List.of("sku", "snapshot"), 1,
        product.sku().value(), Snapshots.write(product));
    return inserted == 1 ? Outcome.done() : SnapshotTable.conflict("bizloop_product", new Object[] {product.sku().value()}, 0);
  }
}
