package io.bizloop.crm.port;

import io.bizloop.core.LeadId;
import io.bizloop.core.port.Repository;
import io.bizloop.crm.domain.Lead;
import java.util.List;

/**
 * The leads: crm's repository of {@link Lead} aggregates.
 *
 * <p>Contract the host honours: the one repository contract of {@link Repository} —
 * {@code save} stores the aggregate's snapshot with its version + 1 only when the stored version
 * still equals the aggregate's version (absent for version 0) and answers done, otherwise it
 * stores nothing and answers {@code CONFLICT} (never throws for a stale version); writes belong
 * to the caller's unit of work; {@link #all()} lists them in the order they were first saved.
 */
public interface Leads extends Repository<LeadId, Lead> {

  /**
   * Whether a lead with this id was saved.
   *
   * @param id its id
   * @return true when it exists
   */
  boolean exists(LeadId id);

  /**
   * All of them, oldest first (the order they were first saved).
   *
   * @return every lead, restored from its last saved state
   */
  List<Lead> all();

  /**
   * The leads that resemble a contact ({@link Lead#resemblance}: the same phone, email or company,
   * trimmed and case-insensitive), oldest first. The default walks {@link #all()}; an adapter with
   * an index answers without reading every lead.
   *
   * @param phone a phone number, or {@code null}
   * @param email an email address, or {@code null}
   * @param company a company name, or {@code null}
   * @return the resembling leads, in the order they were first saved
   */
  default List<Lead> resembling(String phone, String email, String company) {
    return all().stream().filter(lead -> lead.resemblance(phone, email, company).isPresent()).toList();
  }
}
