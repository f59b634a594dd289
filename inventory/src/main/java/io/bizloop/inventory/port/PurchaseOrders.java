package io.bizloop.inventory.port;

import io.bizloop.core.PurchaseOrderId;
import io.bizloop.core.port.Repository;
import io.bizloop.inventory.domain.PurchaseOrder;
import java.util.List;

/**
 * The purchase orders, by id.
 *
 * <p>Contract: the one repository contract of {@link Repository}: {@link #save} refuses a stale
 * version by answering {@code CONFLICT}, never by throwing (see {@link StockItems}).
 */
public interface PurchaseOrders extends Repository<PurchaseOrderId, PurchaseOrder> {

  /**
   * Every purchase order.
   *
   * @return all orders, in no particular order
   */
  List<PurchaseOrder> all();
}
