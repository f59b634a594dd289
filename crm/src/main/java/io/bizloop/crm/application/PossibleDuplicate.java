package io.bizloop.crm.application;

/**
 * A lead or customer that may be the same party as a newly captured lead.
 *
 * @param kind {@code LEAD} or {@code CUSTOMER}
 * @param id its id
 * @param matchedOn {@code phone}, {@code email} or {@code company}
 */
public record PossibleDuplicate(String kind, String id, String matchedOn) {}
