package io.bizloop.crm.application;

import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.OpportunityId;
import io.bizloop.crm.domain.LeadStatus;

/**
 * A lead as the report shows it.
 *
 * @param id the lead
 * @param status where it stands
 * @param customer the customer it converted into, or {@code null}
 * @param opportunity the opportunity it converted into, or {@code null}
 * @param name the person's name
 * @param source its source, or {@code null}
 */
public record LeadView(
    LeadId id, LeadStatus status, CustomerId customer, OpportunityId opportunity, String name, String source) {}
