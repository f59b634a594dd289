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
    /**
     * Checks the required parts.
     *
     * @param id its id
     * @param name its name
     * @param company its company
     * @param source the source of the lead it came from
     * @param phone the phone
     * @param email the email
     * @param status where it stands
     * @param reason why it was disqualified
     * @param customer the customer
     * @param opportunity the opportunity it converted into
     * @param capturedOn the captured on
     * @param version the optimistic-locking version it was loaded with
     * @throws NullPointerException when a required part is missing
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(capturedOn, "capturedOn");
      if ((status == LeadStatus.CONVERTED) != (customer != null && opportunity != null)) {
        throw new IllegalArgumentException("a converted lead points to exactly one customer and one opportunity");
      }
    }

    /**
     * This state with another version.
     *
     * @param next the version
     * @return a copy with it
     */
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

  /**
   * A new lead in status NEW.
   *
   * @param id its id
   * @param name the person's name
   * @param company its company, or {@code null}
   * @param source where it came from, or {@code null}
   * @param phone a phone number, or {@code null}
   * @param email an email address, or {@code null}
   * @param date business date of capture
   * @return the lead
   */
  public static Lead capture(
      LeadId id, String name, String company, String source, String phone, String email, LocalDate date) {
    return new Lead(
        new Snapshot(id, name, company, source, phone, email, LeadStatus.NEW, null, null, null, date, 0));
  }

  /**
   * Rebuilds it from stored state.
   *
   * @param snapshot what was stored
   * @return the aggregate
   */
  public static Lead restore(Snapshot snapshot) {
    return new Lead(snapshot);
  }

  /**
   * Its state, to store.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(
        id, name, company, source, phone, email, status, reason, customer, opportunity, capturedOn, version);
  }

  /**
   * NEW → QUALIFIED.
   *
   * @return done; INVALID_STATE when not NEW
   */
  public Outcome<Void> qualify() {
    if (status != LeadStatus.NEW) {
      return Outcome.rejected(INVALID_STATE, "lead " + id + " is " + status + ", only a NEW lead can be qualified");
    }
    status = LeadStatus.QUALIFIED;
    return Outcome.done();
  }

  /**
   * NEW or QUALIFIED → DISQUALIFIED.
   *
   * @param why the reason, or {@code null}
   * @return done; INVALID_STATE otherwise
   */
  public Outcome<Void> disqualify(String why) {
    if (status != LeadStatus.NEW && status != LeadStatus.QUALIFIED) {
      return Outcome.rejected(
          INVALID_STATE, "lead " + id + " is " + status + ", only a NEW or QUALIFIED lead can be disqualified");
    }
    status = LeadStatus.DISQUALIFIED;
    reason = why;
    return Outcome.done();
  }

  /**
   * Whether it may still be converted.
   *
   * @return true while NEW or QUALIFIED
   */
  public boolean convertible() {
    return status == LeadStatus.NEW || status == LeadStatus.QUALIFIED;
  }

  /**
   * NEW or QUALIFIED → CONVERTED into {@code into} and {@code opened}.
   *
   * @param into the customer it becomes
   * @param opened the opportunity opened for it
   * @return done; INVALID_STATE otherwise
   */
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

  /**
   * The name a customer created from this lead gets.
   *
   * @return its company, else its name
   */
  public String customerName() {
    return company != null && !company.isBlank() ? company : name;
  }

  /**
   * Why this lead may be the same party as the given contact data.
   *
   * @param otherPhone a phone number, or {@code null}
   * @param otherEmail an email address, or {@code null}
   * @param otherCompany a company name, or {@code null}
   * @return {@code phone}, {@code email} or {@code company}; empty when nothing matches
   */
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

  /**
   * Case-insensitive, trimmed equality of two optional texts; blanks never match.
   *
   * @param a a text, or {@code null}
   * @param b another text, or {@code null}
   * @return true when both are non-blank and equal
   */
  public static boolean same(String a, String b) {
    String key = matchKey(a);
    return key != null && key.equals(matchKey(b));
  }

  /**
   * What {@link #same} compares: the text trimmed and in lower case; {@code null} for a missing or
   * blank text (which matches nothing). For an index of resembling leads or customers.
   *
   * @param text a text, or {@code null}
   * @return its key, or {@code null}
   */
  public static String matchKey(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Its id.
   *
   * @return its id
   */
  public LeadId id() {
    return id;
  }

  /**
   * Its name.
   *
   * @return its name
   */
  public String name() {
    return name;
  }

  /**
   * Its company.
   *
   * @return its company, or empty
   */
  public Optional<String> company() {
    return Optional.ofNullable(company);
  }

  /**
   * The source of the lead it came from.
   *
   * @return the source of the lead it came from, or empty
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Where it stands.
   *
   * @return where it stands
   */
  public LeadStatus status() {
    return status;
  }

  /**
   * Why it was disqualified.
   *
   * @return why it was disqualified, or empty
   */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * The customer.
   *
   * @return the customer, or empty
   */
  public Optional<CustomerId> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * The opportunity it converted into.
   *
   * @return the opportunity it converted into, or empty
   */
  public Optional<OpportunityId> opportunity() {
    return Optional.ofNullable(opportunity);
  }

  /**
   * The optimistic-locking version it was loaded with.
   *
   * @return the optimistic-locking version it was loaded with
   */
  public long version() {
    return version;
  }
}
