package io.bizloop.jdbc;

import io.bizloop.core.CustomerId;
import io.bizloop.crm.domain.Customer;
import io.bizloop.crm.port.Customers;
import io.bizloop.core.Outcome;
import java.util.List;
import java.util.Optional;

/** {@link Customers} in {@code bizloop_customer}: optimistic locking on its version, {@code all} in the order first saved. */
final class JdbcCustomers implements Customers {

  private final SnapshotTable<Customer.Snapshot> table;

  JdbcCustomers(Sql sql) {
    this.table =
        SnapshotTable.byId(
            sql, "bizloop_customer", Customer.Snapshot.class, s -> s.id().value(), Customer.Snapshot::version,
            s -> s.withVersion(s.version() + 1));
  }

  public JdbcCustomers(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<Customer> find(CustomerId id) {
    return table.find(id.value()).map(Customer::restore);
  }

  @Override
  public boolean exists(CustomerId id) {
    return table.exists(id.value());
  }

  @Override
  public Outcome<Void> save(Customer customer) {
    return table.save(customer.snapshot());
  }

  @Override
  public List<Customer> all() {
    return table.all().stream().map(Customer::restore).toList();
  }
}
