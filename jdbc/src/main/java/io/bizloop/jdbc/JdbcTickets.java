package io.bizloop.jdbc;

import io.bizloop.core.TicketId;
import io.bizloop.crm.domain.ServiceTicket;
import io.bizloop.crm.port.Tickets;
import io.bizloop.core.Outcome;
import java.util.List;
import java.util.Optional;

/** {@link Tickets} in {@code bizloop_ticket}: optimistic locking on its version, {@code all} in the order first saved. */
final class JdbcTickets implements Tickets {

  private final SnapshotTable<ServiceTicket.Snapshot> table;

  JdbcTickets(Sql sql) {
    this.table =
        SnapshotTable.byId(
            sql, "bizloop_ticket", ServiceTicket.Snapshot.class, s -> s.id().value(), ServiceTicket.Snapshot::version,
            s -> s.withVersion(s.version() + 1));
  }

  public JdbcTickets(JdbcUnitOfWork unitOfWork) {
    this(new Sql(unitOfWork));
  }

  @Override
  public Optional<ServiceTicket> find(TicketId id) {
    return table.find(id.value()).map(ServiceTicket::restore);
  }

  @Override
  public boolean exists(TicketId id) {
    return table.exists(id.value());
  }

  @Override
  public Outcome<Void> save(ServiceTicket ticket) {
    return table.save(ticket.snapshot());
  }

  @Override
  public List<ServiceTicket> all() {
    return table.all().stream().map(ServiceTicket::restore).toList();
  }
}
