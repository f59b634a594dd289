package io.bizloop.crm.port;

import io.bizloop.core.TicketId;
import io.bizloop.core.port.Repository;
import io.bizloop.crm.domain.ServiceTicket;
import java.util.List;

/**
 * The service tickets: crm's repository of {@link ServiceTicket} aggregates.
 *
 * <p>Contract the host honours: the one repository contract of {@link Repository} —
 * {@code save} stores the aggregate's snapshot with its version + 1 only when the stored version
 * still equals the aggregate's version (absent for version 0) and answers done, otherwise it
 * stores nothing and answers {@code CONFLICT} (never throws for a stale version); writes belong
 * to the caller's unit of work; {@link #all()} lists them in the order they were first saved.
 */
public interface Tickets extends Repository<TicketId, ServiceTicket> {

  /**
   * Whether a ticket with this id was saved.
   *
   * @param id its id
   * @return true when it exists
   */
  boolean exists(TicketId id);

  /**
   * All of them, oldest first (the order they were first saved).
   *
   * @return every ticket, restored from its last saved state
   */
  List<ServiceTicket> all();

  /**
   * The open tickets, oldest first (the default walks {@link #all()}; an adapter that keeps the
   * open ones apart answers without reading the closed ones).
   *
   * @return every ticket whose status is {@code OPEN}, in the order they were first saved
   */
  default List<ServiceTicket> open() {
    return all().stream().filter(ticket -> ticket.status() == io.bizloop.crm.domain.TicketStatus.OPEN).toList();
  }
}
