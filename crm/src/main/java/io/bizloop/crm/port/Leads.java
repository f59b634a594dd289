package io.bizloop.crm.port;

import io.bizloop.core.LeadId;
import io.bizloop.crm.domain.Lead;
import java.util.List;
import java.util.Optional;

/**
 * The leads. Contract: {@code save} stores the aggregate's snapshot with its version + 1 only
 * when the stored version still equals the aggregate's version (absent for version 0) and answers
 * whether it did — a stale version is refused (optimistic locking); writes belong to the caller's
 * unit of work; {@code all} lists them in the order they were first saved.
 */
public interface Leads {

  Optional<Lead> find(LeadId id);

  boolean exists(LeadId id);

  /** Stores it; {@code false} when another writer saved it first (stale version). */
  boolean save(Lead lead);

  /** All of them, oldest first (the order they were first saved). */
  List<Lead> all();
}
