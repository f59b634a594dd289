package io.bizloop.crm.domain;

/** How urgent a service ticket is, with its service-level time to resolve in days. */
public enum Priority {
  /** Due the next day. */
  URGENT(1),
  /** Due in two days. */
  HIGH(2),
  /** Due in three days (the default). */
  NORMAL(3),
  /** Due in five days. */
  LOW(5);

  private final int slaDays;

  Priority(int slaDays) {
    this.slaDays = slaDays;
  }

  /**
   * Days from opening until the ticket is due.
   *
   * @return the SLA in days, positive
   */
  public int slaDays() {
    return slaDays;
  }
}
