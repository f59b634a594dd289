package io.bizloop.crm.memory;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Outcome;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.port.Customers;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Customers}: snapshots with optimistic locking, rolled back with their unit of work. */
public final class InMemoryCustomers implements Customers {

  private final SnapshotStore<CustomerId, Customer.Snapshot> store;

  /**
   * An empty store whose writes are undone when {@code unitOfWork} rolls back.
   *
   * @param unitOfWork the unit of work writes belong to
   */
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
  public Outcome<Void> save(Customer aggregate) {
    Customer.Snapshot snapshot = aggregate.nextSnapshot();
    Customer.Snapshot before = snapshot.version() == 1 ? null : store.get(snapshot.id()).orElse(null);
    Outcome<Void> saved = store.saveNext(snapshot.id(), snapshot, Customer.Snapshot::version, () -> "customer " + snapshot.id());
    if (saved.isAccepted() && (before == null || !before.name().equals(snapshot.name()))) {
      // a name the customer had before was indexed when it was saved (the index keeps every name)
      store.index(Lead.matchKey(snapshot.name()), snapshot.id());
    }
    return saved;
  }

  @Override
  public List<Customer> named(String name) {
    String key = Lead.matchKey(name);
    if (key == null) {
      return List.of();
    }
    return store.indexed(key).stream()
        .map(Customer::restore)
        .filter(customer -> Lead.same(customer.name(), name))
        .toList();
  }

  @Override
  public List<Customer> all() {
    return store.all().stream().map(Customer::restore).toList();
  }
}
