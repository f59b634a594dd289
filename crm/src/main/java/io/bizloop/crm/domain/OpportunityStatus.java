package io.bizloop.crm.domain;

/** Whether an opportunity is still in play. */
public enum OpportunityStatus {
  /** In one of the pipeline's open stages. */
  OPEN,
  /** Closed as won (probability 100). */
  WON,
  /** Closed as lost (probability 0). */
  LOST
}
