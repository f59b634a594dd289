package io.bizloop.inventory.port;

import io.bizloop.core.PurchaseOrderId;
import io.bizloop.inventory.domain.PurchaseOrder;
import java.util.List;
import java.util.Optional;

/**
 * The purchase orders. Contract: {@link #save} refuses a stale version with
 * {@link java.util.ConcurrentModificationException} (see {@link StockItems}).
 */
public interface PurchaseOrders {

  Optional<PurchaseOrder> find(PurchaseOrderId id);

  List<PurchaseOrder> all();

  void save(PurchaseOrder order);
}
