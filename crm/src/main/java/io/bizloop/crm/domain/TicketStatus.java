package io.bizloop.crm.domain;

/** Whether a service ticket still needs work. */
public enum TicketStatus {
  OPEN,
  RESOLVED
}
