package io.bizloop.crm.memory;

import io.bizloop.core.CustomerId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.port.Customers;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Customers}, rolled back with its unit of work. */
public final class InMemoryCustomers implements Customers {

  private final SnapshotStore<CustomerId, Customer.Snapshot> store;

  public InMemoryCustomers(InMemoryUnitOfWork unitOfWork) {
    this.store = new SnapshotStore<>(unitOfWork);
  }

  @Override
  public Optional<Customer> find(CustomerId id) {
    return store.get(id).map(Customer::restore);
  }

  @Override
  public boolean exists(CustomerId id) {
    return store.contains(id);
  }

  @Override
  public boolean save(Customer aggregate) {
    Customer.Snapshot snapshot = aggregate.snapshot();
    return store.save(snapshot.id(), snapshot, Customer.Snapshot::version, s -> s.withVersion(s.version() + 1));
  }

  @Override
  public List<Customer> all() {
    return store.all().stream().map(Customer::restore).toList();
  }
}
