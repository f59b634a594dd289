package io.bizloop.crm.domain;

/** Where a lead stands. */
public enum LeadStatus {
  /** Just captured. */
  NEW,
  /** Judged worth pursuing. */
  QUALIFIED,
  /** Judged not worth pursuing; final. */
  DISQUALIFIED,
  /** Turned into a customer and an opportunity; final. */
  CONVERTED
}
