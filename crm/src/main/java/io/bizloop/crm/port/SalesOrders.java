package io.bizloop.crm.port;

import io.bizloop.core.SalesOrderId;
import io.bizloop.crm.domain.SalesOrder;
import java.util.List;
import java.util.Optional;

/**
 * The sales orders. Contract: {@code save} stores the aggregate's snapshot with its version + 1 only
 * when the stored version still equals the aggregate's version (absent for version 0) and answers
 * whether it did — a stale version is refused (optimistic locking); writes belong to the caller's
 * unit of work; {@code all} lists them in the order they were first saved.
 */
public interface SalesOrders {

  Optional<SalesOrder> find(SalesOrderId id);

  boolean exists(SalesOrderId id);

  /** Stores it; {@code false} when another writer saved it first (stale version). */
  boolean save(SalesOrder order);

  /** All of them, oldest first (the order they were first saved). */
  List<SalesOrder> all();
}
