package io.bizloop.crm.domain;

import static io.bizloop.core.RejectionCode.INVALID_STATE;

import io.bizloop.core.CustomerId;
import io.bizloop.core.LeadId;
import io.bizloop.core.OpportunityId;
import io.bizloop.core.Outcome;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A sales lead: someone who may buy, with source and contact data.
 *
 * <p>Invariants (design.md 13): qualified from {@code NEW} only; disqualified from {@code NEW}
 * or {@code QUALIFIED}; converted from {@code NEW} or {@code QUALIFIED}, after which it points to
 * exactly one customer and one opportunity and can never be converted again ({@code INVALID_STATE}).
 */
public final class Lead {

  /**
   * The stored state.
   *
   * @param id the lead
   * @param name the person's name
   * @param company optional company name
   * @param source optional source (web, fair, referral ...)
   * @param phone optional
   * @param email optional
   * @param status where it stands
   * @param reason why it was disqualified, or {@code null}
   * @param customer the customer it converted into, or {@code null}
   * @param opportunity the opportunity it converted into, or {@code null}
   * @param capturedOn business date of capture
   * @param version optimistic-locking version
   */
  public record Snapshot(
      LeadId id,
      String name,
      String company,
      String source,
      String phone,
      String email,
      LeadStatus status,
      String reason,
      CustomerId customer,
      OpportunityId opportunity,
      LocalDate capturedOn,
      long version) {
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(capturedOn, "capturedOn");
      if ((status == LeadStatus.CONVERTED) != (customer != null && opportunity != null)) {
        throw new IllegalArgumentException("a converted lead points to exactly one customer and one opportunity");
      }
    }

    public Snapshot withVersion(long next) {
      return new Snapshot(
          id, name, company, source, phone, email, status, reason, customer, opportunity, capturedOn, next);
    }
  }

  private final LeadId id;
  private final String name;
  private final String company;
  private final String source;
  private final String phone;
  private final String email;
  private LeadStatus status;
  private String reason;
  private CustomerId customer;
  private OpportunityId opportunity;
  private final LocalDate capturedOn;
  private final long version;

  private Lead(Snapshot s) {
    id = s.id();
    name = s.name();
    company = s.company();
    source = s.source();
    phone = s.phone();
    email = s.email();
    status = s.status();
    reason = s.reason();
    customer = s.customer();
    opportunity = s.opportunity();
    capturedOn = s.capturedOn();
    version = s.version();
  }

  public static Lead capture(
      LeadId id, String name, String company, String source, String phone, String email, LocalDate date) {
    return new Lead(
        new Snapshot(id, name, company, source, phone, email, LeadStatus.NEW, null, null, null, date, 0));
  }

  public static Lead restore(Snapshot snapshot) {
    return new Lead(snapshot);
  }

  public Snapshot snapshot() {
    return new Snapshot(
        id, name, company, source, phone, email, status, reason, customer, opportunity, capturedOn, version);
  }

  /** NEW → QUALIFIED; otherwise {@code INVALID_STATE}. */
  public Outcome<Void> qualify() {
    if (status != LeadStatus.NEW) {
      return Outcome.rejected(INVALID_STATE, "lead " + id + " is " + status + ", only a NEW lead can be qualified");
    }
    status = LeadStatus.QUALIFIED;
    return Outcome.done();
  }

  /** NEW or QUALIFIED → DISQUALIFIED; otherwise {@code INVALID_STATE}. */
  public Outcome<Void> disqualify(String why) {
    if (status != LeadStatus.NEW && status != LeadStatus.QUALIFIED) {
      return Outcome.rejected(
          INVALID_STATE, "lead " + id + " is " + status + ", only a NEW or QUALIFIED lead can be disqualified");
    }
    status = LeadStatus.DISQUALIFIED;
    reason = why;
    return Outcome.done();
  }

  /** Whether it may still be converted. */
  public boolean convertible() {
    return status == LeadStatus.NEW || status == LeadStatus.QUALIFIED;
  }

  /** NEW or QUALIFIED → CONVERTED into {@code into} and {@code opened}; otherwise {@code INVALID_STATE}. */
  public Outcome<Void> convert(CustomerId into, OpportunityId opened) {
    Objects.requireNonNull(into, "customer");
    Objects.requireNonNull(opened, "opportunity");
    if (!convertible()) {
      return Outcome.rejected(
          INVALID_STATE, "lead " + id + " is " + status + ", only a NEW or QUALIFIED lead can be converted");
    }
    status = LeadStatus.CONVERTED;
    customer = into;
    opportunity = opened;
    return Outcome.done();
  }

  /** The name a customer created from this lead gets: its company, else its name. */
  public String customerName() {
    return company != null && !company.isBlank() ? company : name;
  }

  /** Why this lead may be the same party as the given contact data, or empty. */
  public Optional<String> resemblance(String otherPhone, String otherEmail, String otherCompany) {
    if (same(phone, otherPhone)) {
      return Optional.of("phone");
    }
    if (same(email, otherEmail)) {
      return Optional.of("email");
    }
    if (same(company, otherCompany)) {
      return Optional.of("company");
    }
    return Optional.empty();
  }

  /** Case-insensitive, trimmed equality of two optional texts; blanks never match. */
  public static boolean same(String a, String b) {
    if (a == null || b == null || a.isBlank() || b.isBlank()) {
      return false;
    }
    return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
  }

  public LeadId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Optional<String> company() {
    return Optional.ofNullable(company);
  }

  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  public LeadStatus status() {
    return status;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<CustomerId> customer() {
    return Optional.ofNullable(customer);
  }

  public Optional<OpportunityId> opportunity() {
    return Optional.ofNullable(opportunity);
  }

  public long version() {
    return version;
  }
}
