package io.bizloop.crm.port;

import io.bizloop.core.CustomerId;
import io.bizloop.core.port.Repository;
import io.bizloop.crm.domain.Customer;
import java.util.List;

/**
 * The customers: crm's repository of {@link Customer} aggregates.
 *
 * <p>Contract the host honours: the one repository contract of {@link Repository} —
 * {@code save} stores the aggregate's snapshot with its version + 1 only when the stored version
 * still equals the aggregate's version (absent for version 0) and answers done, otherwise it
 * stores nothing and answers {@code CONFLICT} (never throws for a stale version); writes belong
 * to the caller's unit of work; {@link #all()} lists them in the order they were first saved.
 */
public interface Customers extends Repository<CustomerId, Customer> {

  /**
   * Whether a customer with this id was saved.
   *
   * @param id its id
   * @return true when it exists
   */
  boolean exists(CustomerId id);

  /**
   * All of them, oldest first (the order they were first saved).
   *
   * @return every customer, restored from its last saved state
   */
  List<Customer> all();

  /**
   * The customers whose name is {@code name} ({@link io.bizloop.crm.domain.Lead#same}: trimmed,
   * case-insensitive), oldest first. The default walks {@link #all()}; an adapter with an index
   * answers without reading every customer.
   *
   * @param name a company name, or {@code null} (which matches nobody)
   * @return the customers of that name, in the order they were first saved
   */
  default List<Customer> named(String name) {
    return all().stream().filter(customer -> io.bizloop.crm.domain.Lead.same(customer.name(), name)).toList();
  }
}
