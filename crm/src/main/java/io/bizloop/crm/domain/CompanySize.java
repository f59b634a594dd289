package io.bizloop.crm.domain;

/** How big a customer's business is, by headcount (the usual SME bands). */
public enum CompanySize {
  /** Fewer than 10 people. */
  MICRO,
  /** 10 to 49 people. */
  SMALL,
  /** 50 to 249 people. */
  MEDIUM,
  /** 250 people or more. */
  LARGE
}
