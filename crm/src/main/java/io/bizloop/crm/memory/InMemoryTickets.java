package io.bizloop.crm.memory;

import io.bizloop.core.TicketId;
import io.bizloop.core.Outcome;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.domain.TicketStatus;
import io.bizloop.crm.port.Tickets;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Tickets}: snapshots with optimistic locking, rolled back with their unit of work. */
public final class InMemoryTickets implements Tickets {

  private final SnapshotStore<TicketId, ServiceTicket.Snapshot> store;

  /**
   * An empty store whose writes are undone when {@code unitOfWork} rolls back.
   *
   * @param unitOfWork the unit of work writes belong to
   */
  public InMemoryTickets(InMemoryUnitOfWork unitOfWork) {
    this.store = new SnapshotStore<>(unitOfWork);
  }

  @Override
  public Optional<ServiceTicket> find(TicketId id) {
    return store.get(id).map(ServiceTicket::restore);
  }

  @Override
  public boolean exists(TicketId id) {
    return store.contains(id);
  }

  @Override
  public Outcome<Void> save(ServiceTicket aggregate) {
    ServiceTicket.Snapshot snapshot = aggregate.snapshot();
    Outcome<Void> saved = store.save(
        snapshot.id(), snapshot, ServiceTicket.Snapshot::version, s -> s.withVersion(s.version() + 1), "ticket " + snapshot.id());
    if (saved.isAccepted()) {
      store.flag(snapshot.id(), snapshot.status() == TicketStatus.OPEN);
    }
    return saved;
  }

  @Override
  public List<ServiceTicket> open() {
    return store.flagged().stream().map(ServiceTicket::restore).toList();
  }

  @Override
  public List<ServiceTicket> all() {
    return store.all().stream().map(ServiceTicket::restore).toList();
  }
}
