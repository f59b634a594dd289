package io.bizloop.inventory.port;

import io.bizloop.core.SalesOrderId;
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

  void save(OrderAllocation allocation);
}
