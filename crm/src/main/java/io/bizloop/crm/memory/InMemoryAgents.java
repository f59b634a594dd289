package io.bizloop.crm.memory;

import io.bizloop.core.AgentId;
import io.bizloop.core.Outcome;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.Agent;
import io.bizloop.crm.port.Agents;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Agents}: snapshots with optimistic locking, rolled back with their unit of work. */
public final class InMemoryAgents implements Agents {

  private final SnapshotStore<AgentId, Agent.Snapshot> store;

  /**
   * An empty store whose writes are undone when {@code unitOfWork} rolls back.
   *
   * @param unitOfWork the unit of work writes belong to
   */
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
  public Outcome<Void> save(Agent aggregate) {
    Agent.Snapshot snapshot = aggregate.snapshot();
    return store.save(
        snapshot.id(), snapshot, Agent.Snapshot::version, s -> s.withVersion(s.version() + 1), "agent " + snapshot.id());
  }

  @Override
  public List<Agent> all() {
    return store.all().stream().map(Agent::restore).toList();
  }
}
