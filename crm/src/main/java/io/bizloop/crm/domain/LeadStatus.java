package io.bizloop.crm.domain;

/** Where a lead stands. */
public enum LeadStatus {
  NEW,
  QUALIFIED,
  DISQUALIFIED,
  CONVERTED
}
