package io.bizloop.jdbc;

import io.bizloop.core.OpportunityId;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.port.Opportunities;
import io.bizloop.core.Outcome;
import java.util.List;
import java.util.Optional;

/** {@link Opportunities} in {@code bizloop_opportunity}: optimistic locking on its version, {@code all} in the order first saved. */
final class JdbcOpportunities implements Opportunities {

  private final SnapshotTable<Opportunity.Snapshot> table;

  JdbcOpportunities(Sql sql) {
    this.table =
        SnapshotTable.byId(
            sql, "bizloop_opportunity", Opportunity.Snapshot.class, s -> s.id().value(), Opportunity.Snapshot::version,
            s -> s.withVersion(s.version() + 1));
  }

  public JdbcOpportunities(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<Opportunity> find(OpportunityId id) {
    return table.find(id.value()).map(Opportunity::restore);
  }

  @Override
  public boolean exists(OpportunityId id) {
    return table.exists(id.value());
  }

  @Override
  public Outcome<Void> save(Opportunity opportunity) {
    return table.save(opportunity.snapshot());
  }

  @Override
  public List<Opportunity> all() {
    return table.all().stream().map(Opportunity::restore).toList();
  }
}
