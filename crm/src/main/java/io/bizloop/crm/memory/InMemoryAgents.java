package io.bizloop.crm.memory;

import io.bizloop.core.AgentId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.Agent;
import io.bizloop.crm.port.Agents;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Agents}, rolled back with its unit of work. */
public final class InMemoryAgents implements Agents {

  private final SnapshotStore<AgentId, Agent.Snapshot> store;

  public InMemoryAgents(InMemoryUnitOfWork unitOfWork) {
    this.store = new SnapshotStore<>(unitOfWork);
  }

  @Override
  public Optional<Agent> find(AgentId id) {
    return store.get(id).map(Agent::restore);
  }

  @Override
  public boolean exists(AgentId id) {
    return store.contains(id);
  }

  @Override
  public boolean save(Agent aggregate) {
    Agent.Snapshot snapshot = aggregate.snapshot();
    return store.save(snapshot.id(), snapshot, Agent.Snapshot::version, s -> s.withVersion(s.version() + 1));
  }

  @Override
  public List<Agent> all() {
    return store.all().stream().map(Agent::restore).toList();
  }
}
