package io.bizloop.crm.port;

import io.bizloop.core.CustomerId;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.port.Repository;
import io.bizloop.crm.domain.SalesOrder;
import java.util.List;

/**
 * The sales orders: crm's repository of {@link SalesOrder} aggregates.
 *
 * <p>Contract the host honours: the one repository contract of {@link Repository} —
 * {@code save} stores the aggregate's snapshot with its version + 1 only when the stored version
 * still equals the aggregate's version (absent for version 0) and answers done, otherwise it
 * stores nothing and answers {@code CONFLICT} (never throws for a stale version); writes belong
 * to the caller's unit of work; {@link #all()} lists them in the order they were first saved.
 */
public interface SalesOrders extends Repository<SalesOrderId, SalesOrder> {

  /**
   * Whether a order with this id was saved.
   *
   * @param id its id
   * @return true when it exists
   */
  boolean exists(SalesOrderId id);

  /**
   * All of them, oldest first (the order they were first saved).
   *
   * @return every order, restored from its last saved state
   */
  List<SalesOrder> all();

  /**
   * The orders of one customer, oldest first. Hosts with many orders should answer from an index:
   * it is asked on every confirmation for a customer with a credit limit. The default filters
   * {@link #all()}.
   *
   * @param customer the customer
   * @return its orders, in the order they were first saved
   */
  default List<SalesOrder> ofCustomer(CustomerId customer) {
    return all().stream().filter(order -> order.customer().equals(customer)).toList();
  }
}
