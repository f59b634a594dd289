package io.bizloop.crm.domain;

/** Whether a service ticket still needs work. */
public enum TicketStatus {
  /** Waiting for an agent or being worked on. */
  OPEN,
  /** Done; takes no more notes. */
  RESOLVED
}
