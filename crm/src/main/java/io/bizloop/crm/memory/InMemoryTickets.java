package io.bizloop.crm.memory;

import io.bizloop.core.TicketId;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.port.Tickets;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Tickets}, rolled back with its unit of work. */
public final class InMemoryTickets implements Tickets {

  private final SnapshotStore<TicketId, ServiceTicket.Snapshot> store;

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
  public boolean save(ServiceTicket aggregate) {
    ServiceTicket.Snapshot snapshot = aggregate.snapshot();
    return store.save(snapshot.id(), snapshot, ServiceTicket.Snapshot::version, s -> s.withVersion(s.version() + 1));
  }

  @Override
  public List<ServiceTicket> all() {
    return store.all().stream().map(ServiceTicket::restore).toList();
  }
}
