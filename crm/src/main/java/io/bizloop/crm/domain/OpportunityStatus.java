package io.bizloop.crm.domain;

/** Whether an opportunity is still in play. */
public enum OpportunityStatus {
  OPEN,
  WON,
  LOST
}
