package io.bizloop.inventory.port;

import io.bizloop.core.SalesOrderId;
import io.bizloop.core.Sku;
import io.bizloop.core.WarehouseId;
import io.bizloop.core.port.Repository;
import io.bizloop.inventory.domain.OrderAllocation;
import java.util.List;

/**
 * What inventory holds for each confirmed sales order, by order.
 *
 * <p>Contract: the one repository contract of {@link Repository}: {@link #save} refuses a stale
 * version by answering {@code CONFLICT}, never by throwing (see {@link StockItems}).
 */
public interface OrderAllocations extends Repository<SalesOrderId, OrderAllocation> {

  /**
   * Every allocation.
   *
   * @return all allocations, oldest confirmation first
   */
  List<OrderAllocation> all();

  /**
   * The orders still waiting for {@code sku} that stock in {@code warehouse} may fill (not
   * cancelled, a positive backorder of it, naming that warehouse or none), oldest confirmation
   * first. Hosts should answer from an index: it is asked every time stock becomes available.
   * The default filters {@link #all()}.
   *
   * @param sku the product that became available
   * @param warehouse where it became available
   * @return the waiting orders, oldest confirmation first
   */
  default List<SalesOrderId> waitingFor(Sku sku, WarehouseId warehouse) {
    return all().stream()
        .filter(a -> a.fillableFrom(warehouse))
        .filter(a -> a.line(sku).map(line -> line.backordered().isPositive()).orElse(false))
        .map(OrderAllocation::order)
        .toList();
  }

  /**
   * The allocations that still wait for stock: not cancelled, with a positive backorder on some
   * line, oldest confirmation first. The stock report reads it; hosts should answer from the index
   * behind {@link #waitingFor} rather than from every order of the year. The default filters
   * {@link #all()}.
   *
   * @return the waiting allocations, oldest confirmation first
   */
  default List<OrderAllocation> withBackorders() {
    return all().stream()
        .filter(a -> !a.cancelled())
        .filter(a -> a.lines().stream().anyMatch(line -> line.backordered().isPositive()))
        .toList();
  }
}
