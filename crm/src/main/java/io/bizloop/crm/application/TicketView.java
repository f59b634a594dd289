package io.bizloop.crm.application;

import io.bizloop.core.AgentId;
import io.bizloop.core.CustomerId;
import io.bizloop.core.TicketId;
import io.bizloop.crm.domain.Priority;
import io.bizloop.crm.domain.TicketStatus;
import java.time.LocalDate;

/**
 * A service ticket as the report shows it.
 *
 * @param id the ticket
 * @param assignee its agent, or {@code null} while it waits
 * @param status open or resolved
 * @param customer who asked
 * @param skill the skill needed (canonical), or {@code null}
 * @param priority how urgent
 * @param dueOn SLA due date
 */
public record TicketView(
    TicketId id, AgentId assignee, TicketStatus status, CustomerId customer, String skill, Priority priority,
    LocalDate dueOn) {}
