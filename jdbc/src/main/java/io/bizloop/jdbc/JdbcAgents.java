package io.bizloop.jdbc;

import io.bizloop.core.AgentId;
import io.bizloop.crm.domain.Agent;
import io.bizloop.crm.port.Agents;
import io.bizloop.core.Outcome;
import java.util.List;
import java.util.Optional;

/** {@link Agents} in {@code bizloop_agent}: optimistic locking on its version, {@code all} in the order first saved. */
final class JdbcAgents implements Agents {

  private final SnapshotTable<Agent.Snapshot> table;

  JdbcAgents(Sql sql) {
    this.table =
        SnapshotTable.byId(
            sql, "bizloop_agent", Agent.Snapshot.class, s -> s.id().value(), Agent.Snapshot::version,
            s -> s.withVersion(s.version() + 1));
  }

  public JdbcAgents(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<Agent> find(AgentId id) {
    return table.find(id.value()).map(Agent::restore);
  }

  @Override
  public boolean exists(AgentId id) {
    return table.exists(id.value());
  }

  @Override
  public Outcome<Void> save(Agent agent) {
    return table.save(agent.snapshot());
  }

  @Override
  public List<Agent> all() {
    return table.all().stream().map(Agent::restore).toList();
  }
}
