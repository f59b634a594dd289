package io.bizloop.crm.memory;

import io.bizloop.core.LeadId;
import io.bizloop.core.Outcome;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.crm.domain.Lead;
import io.bizloop.crm.port.Leads;
import java.util.List;
import java.util.Optional;

/** In-memory {@link Leads}: snapshots with optimistic locking, rolled back with their unit of work. */
public final class InMemoryLeads implements Leads {

  private final SnapshotStore<LeadId, Lead.Snapshot> store;

  /**
   * An empty store whose writes are undone when {@code unitOfWork} rolls back.
   *
   * @param unitOfWork the unit of work writes belong to
   */
  public InMemoryLeads(InMemoryUnitOfWork unitOfWork) {
    this.store = new SnapshotStore<>(unitOfWork);
  }

  @Override
  public Optional<Lead> find(LeadId id) {
    return store.get(id).map(Lead::restore);
  }

  @Override
  public boolean exists(LeadId id) {
    return store.contains(id);
  }

  @Override
  public Outcome<Void> save(Lead aggregate) {
    Lead.Snapshot snapshot = aggregate.snapshot();
    Outcome<Void> saved = store.save(
        snapshot.id(), snapshot, Lead.Snapshot::version, s -> s.withVersion(s.version() + 1), "lead " + snapshot.id());
    if (saved.isAccepted()) {
      store.index(phoneKey(snapshot.phone()), snapshot.id());
      store.index(emailKey(snapshot.email()), snapshot.id());
      store.index(companyKey(snapshot.company()), snapshot.id());
    }
    return saved;
  }

  @Override
  public List<Lead> resembling(String phone, String email, String company) {
    return store.indexed(phoneKey(phone), emailKey(email), companyKey(company)).stream()
        .map(Lead::restore)
        .filter(lead -> lead.resemblance(phone, email, company).isPresent())
        .toList();
  }

  private static String phoneKey(String phone) {
    String key = Lead.matchKey(phone);
    return key == null ? null : "phone:" + key;
  }

  private static String emailKey(String email) {
    String key = Lead.matchKey(email);
    return key == null ? null : "email:" + key;
  }

  private static String companyKey(String company) {
    String key = Lead.matchKey(company);
    return key == null ? null : "company:" + key;
  }

  @Override
  public List<Lead> all() {
    return store.all().stream().map(Lead::restore).toList();
  }
}
