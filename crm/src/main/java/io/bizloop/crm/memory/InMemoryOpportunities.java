package io.bizloop.crm.memory;

import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.Opportunity;
import io.bizloop.crm.port.Opportunities;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Opportunities}: snapshots with optimistic locking, rolled back with their unit of work. */
public final class InMemoryOpportunities implements Opportunities {

  private final SnapshotStore<OpportunityId, Opportunity.Snapshot> store;

  /**
   * An empty store whose writes are undone when {@code unitOfWork} rolls back.
   *
   * @param unitOfWork the unit of work writes belong to
   */
  public InMemoryOpportunities(InMemoryUnitOfWork unitOfWork) {
    this.store = new SnapshotStore<>(unitOfWork);
  }

  @Override
  public Optional<Opportunity> find(OpportunityId id) {
    return store.get(id).map(Opportunity::restore);
  }

  @Override
  public boolean exists(OpportunityId id) {
    return store.contains(id);
  }

  @Override
  public Outcome<Void> save(Opportunity aggregate) {
    Opportunity.Snapshot snapshot = aggregate.snapshot();
    return store.save(
        snapshot.id(), snapshot, Opportunity.Snapshot::version, s -> s.withVersion(s.version() + 1), "opportunity " + snapshot.id());
  }

  @Override
  public List<Opportunity> all() {
    return store.all().stream().map(Opportunity::restore).toList();
  }
}
