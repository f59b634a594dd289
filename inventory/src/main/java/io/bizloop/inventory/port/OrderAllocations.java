package io.bizloop.inventory.port;

import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.inventory.domain.OrderAllocation;
import java.util.List;
import java.util.Optional;

/**
 * What inventory holds for each confirmed sales order. Contract: {@link #save} refuses a stale
 * version with {@link java.util.ConcurrentModificationException} (see {@link StockItems}).
 */
public interface OrderAllocations {

  Optional<OrderAllocation> find(SalesOrderId order);

  /** All allocations, oldest confirmation first. */
  List<OrderAllocation> all();

  /**
   * The orders still waiting for {@code sku} that stock in {@code warehouse} may fill (not
   * cancelled, a positive backorder of it, naming that warehouse or none), oldest confirmation
   * first. Hosts should answer from an index: it is asked every time stock becomes available.
   * The default filters {@link #all()}.
   */
  default List<SalesOrderId> waitingFor(Sku sku, WarehouseId warehouse) {
    return all().stream()
        .filter(a -> a.fillableFrom(warehouse))
        .filter(a -> a.line(sku).map(line -> line.backordered().isPositive()).orElse(false))
        .map(OrderAllocation::order)
        .toList();
  }

  void save(OrderAllocation allocation);
}
