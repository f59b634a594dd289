package io.bizloop.jdbc;

import io.bizloop.core.LeadId;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.port.Leads;
import io.bizloop.core.Outcome;
import java.util.List;
import java.util.Optional;

/** {@link Leads} in {@code bizloop_crm_lead}: optimistic locking on its version, {@code all} in the order first saved. */
final class JdbcLeads implements Leads {

  private final SnapshotTable<Lead.Snapshot> table;

  JdbcLeads(Sql sql) {
    this.table =
        SnapshotTable.byId(
            sql, "bizloop_crm_lead", Lead.Snapshot.class, s -> s.id().value(), Lead.Snapshot::version,
            s -> s.withVersion(s.version() + 1));
  }

  public JdbcLeads(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<Lead> find(LeadId id) {
    return table.find(id.value()).map(Lead::restore);
  }

  @Override
  public boolean exists(LeadId id) {
    return table.exists(id.value());
  }

  @Override
  public Outcome<Void> save(Lead lead) {
    return table.save(lead.snapshot());
  }

  @Override
  public List<Lead> all() {
    return table.all().stream().map(Lead::restore).toList();
  }
}
