package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import io.bizloop.core.OpportunityId;
import io.bizloop.crm.domain.OpportunityStatus;

/**
 * An opportunity with its probability.
 *
 * @param id the opportunity
 * @param customer whose
 * @param stage current stage
 * @param status open, won or lost
 * @param amount expected amount, positive
 * @param probability percent 0..100 (stage default, override, 100 won, 0 lost)
 * @param weighted round(amount × probability / 100), zero or positive
 */
public record OpportunityView(
    OpportunityId id, CustomerId customer, String stage, OpportunityStatus status, Money amount, int probability,
    Money weighted) {}
