package io.bizloop.crm.domain;

/** How urgent a service ticket is, with its service-level time to resolve in days. */
public enum Priority {
  URGENT(1),
  HIGH(2),
  NORMAL(3),
  LOW(5);

  private final int slaDays;

  Priority(int slaDays) {
    this.slaDays = slaDays;
  }

  /** Days from opening until the ticket is due. */
  public int slaDays() {
    return slaDays;
  }
}
