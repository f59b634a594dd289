package io.bizloop.crm.domain;

import io.bizloop.core.CustomerId;
import io.bizloop.core.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A customer: profile, owner, follow-up history and what it has paid.
 *
 * <p>Invariants: the history only grows (reassigning the owner keeps every record and adds an
 * {@code OWNER_CHANGE} entry); payments only add up.
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
      long version) {
    public Snapshot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      tags = tags == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(tags));
      activities = List.copyOf(activities);
      Objects.requireNonNull(paid, "paid");
      Objects.requireNonNull(registeredOn, "registeredOn");
    }

    public Snapshot withVersion(long next) {
      return new Snapshot(
          id, name, industry, size, tags, owner, activities, paid, registeredOn, lastPaymentOn, next);
    }
  }

  private final CustomerId id;
  private final String name;
  private String industry;
  private CompanySize size;
  private Set<String> tags;
  private String owner;
  private final List<Activity> activities;
  private Money paid;
  private final LocalDate registeredOn;
  private LocalDate lastPaymentOn;
  private final long version;

  private Customer(Snapshot s) {
    this.id = s.id();
    this.name = s.name();
    this.industry = s.industry();
    this.size = s.size();
    this.tags = s.tags();
    this.owner = s.owner();
    this.activities = new ArrayList<>(s.activities());
    this.paid = s.paid();
    this.registeredOn = s.registeredOn();
    this.lastPaymentOn = s.lastPaymentOn();
    this.version = s.version();
  }

  public static Customer create(
      CustomerId id, String name, String industry, String owner, LocalDate date, Currency currency) {
    return new Customer(
        new Snapshot(id, name, industry, null, Set.of(), owner, List.of(), Money.zero(currency), date, null, 0));
  }

  public static Customer restore(Snapshot snapshot) {
    return new Customer(snapshot);
  }

  public Snapshot snapshot() {
    return new Snapshot(
        id, name, industry, size, tags, owner, activities, paid, registeredOn, lastPaymentOn, version);
  }

  /** Hands the customer to {@code newOwner}; the history keeps who had it before. */
  public void reassignOwner(String newOwner, LocalDate date) {
    String before = owner == null ? "nobody" : owner;
    activities.add(new Activity("OWNER_CHANGE", "from " + before + " to " + newOwner, newOwner, date));
    owner = newOwner;
  }

  /**
   * Updates the profile: each value given replaces the current one, a {@code null} keeps it;
   * the change is recorded in the history as a {@code PROFILE} entry.
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
    activities.add(new Activity("PROFILE", "industry " + industry + ", size " + size + ", tags " + tags, owner, date));
  }

  public void recordActivity(String type, String note, LocalDate date) {
    activities.add(new Activity(type, note, owner, date));
  }

  public void recordPayment(Money amount, LocalDate date) {
    paid = paid.plus(amount);
    if (lastPaymentOn == null || date.isAfter(lastPaymentOn)) {
      lastPaymentOn = date;
    }
  }

  public CustomerId id() {
    return id;
  }

  public String name() {
    return name;
  }

  public Optional<String> industry() {
    return Optional.ofNullable(industry);
  }

  public Optional<CompanySize> size() {
    return Optional.ofNullable(size);
  }

  public Set<String> tags() {
    return tags;
  }

  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  public List<Activity> activities() {
    return List.copyOf(activities);
  }

  public Money paid() {
    return paid;
  }

  public LocalDate registeredOn() {
    return registeredOn;
  }

  public Optional<LocalDate> lastPaymentOn() {
    return Optional.ofNullable(lastPaymentOn);
  }

  public long version() {
    return version;
  }
}
