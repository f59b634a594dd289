package io.bizloop.crm.domain;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Lists;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer: profile, owner, follow-up history, what it has paid and its credit limit.
 *
 * <p>Invariants: the history only grows (reassigning the owner keeps every record and adds an
 * {@code OWNER_CHANGE} entry); payments only add up; a credit limit, when there is one, is zero or
 * positive (zero: no credit at all) and in the company currency.
 */
public final class Customer {

  /**
   * The stored state.
   *
   * @param id the customer
   * @param name its name
   * @param industry optional
   * @param size optional
   * @param tags free labels, e.g. "key-account", kept in the order they were added
   * @param owner the salesperson in charge, optional
   * @param activities the follow-up history, oldest first
   * @param paid the sum of its payments
   * @param registeredOn business date of registration
   * @param lastPaymentOn date of the latest payment, or {@code null}
   * @param creditLimit the most its exposure may reach by confirming orders, or {@code null} for none
   * @param version optimistic-locking version
   */
  public record Snapshot(
      CustomerId id,
      String name,
      String industry,
      CompanySize size,
      Set<String> tags,
      String owner,
      List<Activity> activities,
      Money paid,
      LocalDate registeredOn,
      LocalDate lastPaymentOn,
      Money creditLimit,
      long version) {
    /**
     * Checks the required parts.
     *
     * @param id its id
     * @param name its name
     * @param industry its industry
     * @param size its size band
     * @param tags its labels, in the order given
     * @param owner the salesperson in charge
     * @param activities its follow-up history, oldest first
     * @param paid the sum of its payments, zero or positive
     * @param registeredOn the business date it was registered
     * @param lastPaymentOn the business date of its latest payment
     * @param creditLimit its credit limit, or {@code null} for none
     * @param version the optimistic-locking version it was loaded with
     * @throws NullPointerException when a required part is missing
     * @throws IllegalArgumentException when the credit limit is negative
     */
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      tags = tags == null || tags.isEmpty() ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
      activities = List.copyOf(activities);
      Objects.requireNonNull(paid, "paid");
      Objects.requireNonNull(registeredOn, "registeredOn");
      if (creditLimit != null && creditLimit.isNegative()) {
        throw new IllegalArgumentException("a credit limit must not be negative, was " + creditLimit);
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
          id, name, industry, size, tags, owner, activities, paid, registeredOn, lastPaymentOn, creditLimit, next);
    }
  }

  private final CustomerId id;
  private final String name;
  private String industry;
  private CompanySize size;
  private Set<String> tags;
  private String owner;
  /** The snapshot's immutable list until an activity is logged, then a copy of its own (most customers are restored to be paid, not followed up). */
  private List<Activity> activities;
  private Money paid;
  private final LocalDate registeredOn;
  private LocalDate lastPaymentOn;
  private Money creditLimit;
  private final long version;

  private Customer(Snapshot s) {
    this.id = s.id();
    this.name = s.name();
    this.industry = s.industry();
    this.size = s.size();
    this.tags = s.tags();
    this.owner = s.owner();
    this.activities = s.activities();
    this.paid = s.paid();
    this.registeredOn = s.registeredOn();
    this.lastPaymentOn = s.lastPaymentOn();
    this.creditLimit = s.creditLimit();
    this.version = s.version();
  }

  /**
   * A new customer without history or payments.
   *
   * @param id its id
   * @param name its name
   * @param industry its industry, or {@code null}
   * @param owner the salesperson in charge, or {@code null}
   * @param date business date of registration
   * @param currency the company currency (of its payments)
   * @param creditLimit its credit limit, zero or positive, or {@code null} for none
   * @return the customer
   */
  public static Customer create(
      CustomerId id, String name, String industry, String owner, LocalDate date, Currency currency,
      Money creditLimit) {
    return new Customer(
        new Snapshot(
            id, name, industry, null, Set.of(), owner, List.of(), Money.zero(currency), date, null, creditLimit, 0));
  }

  /**
   * Rebuilds it from stored state.
   *
   * @param snapshot what was stored
   * @return the aggregate
   */
  public static Customer restore(Snapshot snapshot) {
    return new Customer(snapshot);
  }

  /**
   * Its state, to store.
   *
   * @return the snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(
        id, name, industry, size, tags, owner, activities, paid, registeredOn, lastPaymentOn, creditLimit, version);
  }

  /**
   * The state as a repository stores it on a successful save: {@link #snapshot()} with the
   * version + 1, built once (for an adapter that keeps snapshots, so the invariants are checked
   * once per save rather than twice).
   *
   * @return the snapshot of the next version
   */
  public Snapshot nextSnapshot() {
    return new Snapshot(
        id, name, industry, size, tags, owner, activities, paid, registeredOn, lastPaymentOn, creditLimit, version + 1);
  }

  /**
   * Sets or removes the credit limit; lowering it below the current exposure is accepted and only
   * affects later confirmations.
   *
   * @param limit the new limit, zero or positive, or {@code null} for none
   * @return done (no event: only later confirmations read the limit)
   * @throws IllegalArgumentException when the limit is negative (a bug in the caller)
   */
  public Outcome<Void> setCreditLimit(Money limit) {
    if (limit != null && limit.isNegative()) {
      throw new IllegalArgumentException("a credit limit must not be negative, was " + limit);
    }
    creditLimit = limit;
    return Outcome.done();
  }

  /**
   * Its credit limit.
   *
   * @return the limit (zero: no credit at all), or empty when it has none
   */
  public Optional<Money> creditLimit() {
    return Optional.ofNullable(creditLimit);
  }

  /**
   * Hands the customer to {@code newOwner}; the history keeps who had it before (an
   * {@code OWNER_CHANGE} entry).
   *
   * @param newOwner the new salesperson in charge
   * @param date business date
   */
  public void reassignOwner(String newOwner, LocalDate date) {
    String before = owner == null ? "nobody" : owner;
    logged().add(new Activity("OWNER_CHANGE", "from " + before + " to " + newOwner, newOwner, date));
    owner = newOwner;
  }

  /**
   * Updates the profile: each value given replaces the current one, a {@code null} keeps it; the
   * change is recorded in the history as a {@code PROFILE} entry.
   *
   * @param newIndustry the industry, or {@code null} to keep it
   * @param newSize the size band, or {@code null} to keep it
   * @param newTags the tags (replacing the old ones), or {@code null} to keep them
   * @param date business date
   */
  public void updateProfile(String newIndustry, CompanySize newSize, Set<String> newTags, LocalDate date) {
    if (newIndustry != null) {
      industry = newIndustry;
    }
    if (newSize != null) {
      size = newSize;
    }
    if (newTags != null) {
      tags = Collections.unmodifiableSet(new LinkedHashSet<>(newTags));
    }
    logged().add(new Activity("PROFILE", "industry " + industry + ", size " + size + ", tags " + tags, owner, date));
  }

  /**
   * Adds a follow-up to the history, under the current owner.
   *
   * @param type what kind of contact
   * @param note what happened
   * @param date business date
   */
  public void recordActivity(String type, String note, LocalDate date) {
    logged().add(new Activity(type, note, owner, date));
  }

  /**
   * Adds a payment; the latest payment date only moves forward.
   *
   * @param amount what was paid, in the company currency
   * @param date business date of the payment
   */
  public void recordPayment(Money amount, LocalDate date) {
    paid = paid.plus(amount);
    if (lastPaymentOn == null || date.isAfter(lastPaymentOn)) {
      lastPaymentOn = date;
    }
  }

  /**
   * Its id.
   *
   * @return its id
   */
  public CustomerId id() {
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
   * Its industry.
   *
   * @return its industry, or empty
   */
  public Optional<String> industry() {
    return Optional.ofNullable(industry);
  }

  /**
   * Its size band.
   *
   * @return its size band, or empty
   */
  public Optional<CompanySize> size() {
    return Optional.ofNullable(size);
  }

  /**
   * Its labels, in the order given.
   *
   * @return its labels, in the order given
   */
  public Set<String> tags() {
    return tags;
  }

  /**
   * The salesperson in charge.
   *
   * @return the salesperson in charge, or empty
   */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  /** The activities as a list this customer may add to, copied from the snapshot's the first time. */
  private List<Activity> logged() {
    return activities = Lists.writable(activities);
  }

  /**
   * Its follow-up history, oldest first.
   *
   * @return its follow-up history, oldest first
   */
  public List<Activity> activities() {
    return List.copyOf(activities);
  }

  /**
   * The sum of its payments, zero or positive.
   *
   * @return the sum of its payments, zero or positive
   */
  public Money paid() {
    return paid;
  }

  /**
   * The business date it was registered.
   *
   * @return the business date it was registered
   */
  public LocalDate registeredOn() {
    return registeredOn;
  }

  /**
   * The business date of its latest payment.
   *
   * @return the business date of its latest payment, or empty
   */
  public Optional<LocalDate> lastPaymentOn() {
    return Optional.ofNullable(lastPaymentOn);
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
