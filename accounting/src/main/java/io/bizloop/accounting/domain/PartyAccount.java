package io.bizloop.accounting.domain;

import io.bizloop.core.Lists;
import io.bizloop.core.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The sub-ledger account of one customer (receivable) or supplier (payable): its open items and
 * its advance (a customer's prepayment to the company, 2203) or prepayment (the company's
 * prepayment to a supplier, 1123).
 *
 * <p>Invariants: every open item is positive; the advance is never negative; while there is an
 * advance there is no open item (a new item takes the advance first), so the balance never goes
 * negative. Settlements (payments, credit notes, reversals) take the oldest items first, in the
 * order the items were created; what is left of an item keeps its due date. Every item falls due
 * its posting date plus the payment terms in force when it was posted.
 */
public final class PartyAccount {

  /**
   * The stored form.
   *
   * @param party the customer or supplier
   * @param name its name, or {@code null} while not registered
   * @param registered whether it was registered (only registered parties may pay or be paid)
   * @param currency the book currency
   * @param items open items in arrival order
   * @param advance the advance or prepayment
   * @param paymentTermsDays the party's payment terms in days, 0 to 3650, for items posted from now
   * @param version the optimistic-locking version
   */
  public record Snapshot(
      Party party,
      String name,
      boolean registered,
      Currency currency,
      List<OpenItem> items,
      Money advance,
      int paymentTermsDays,
      long version) {
    /**
     * Checks the parts.
     *
     * @param party the customer or supplier
     * @param name its name, or {@code null} while not registered
     * @param registered whether it was registered (only registered parties may pay or be paid)
     * @param currency the book currency
     * @param items open items in arrival order
     * @param advance the advance or prepayment
     * @param paymentTermsDays the party's payment terms in days
     * @param version the optimistic-locking version
     * @throws NullPointerException when the party, currency or advance is missing
     */
    public Snapshot {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(advance, "advance");
      items = List.copyOf(items);
    }

    /**
     * This state with another version.
     *
     * @param next the version
     * @return a copy with it
     */
    public Snapshot withVersion(long next) {
      return new Snapshot(party, name, registered, currency, items, advance, paymentTermsDays, next);
    }
  }

  private final Party party;
  private String name;
  private boolean registered;
  private final Currency currency;
  /** The snapshot's unmodifiable list until the first change, then a copy of this account's own. */
  private List<OpenItem> items;
  private Money advance;
  private int paymentTermsDays;
  private final long version;

  private PartyAccount(Snapshot s) {
    this.party = s.party();
    this.name = s.name();
    this.registered = s.registered();
    this.currency = s.currency();
    this.items = s.items(); // unmodifiable: copied on the first change only (most restores change nothing, or add one)
    this.advance = s.advance();
    this.paymentTermsDays = s.paymentTermsDays();
    this.version = s.version();
  }

  /**
   * A new, empty account; registered when {@code name} is given.
   *
   * @param party the customer or supplier
   * @param currency the book currency
   * @param name its name, or {@code null} for an account opened by a document before registration
   * @return the account
   */
  public static PartyAccount open(Party party, Currency currency, String name) {
    return new PartyAccount(
        new Snapshot(party, name, name != null, currency, List.of(), Money.zero(currency), 0, 0));
  }

  /**
   * The account as it was stored.
   *
   * @param snapshot its stored form
   * @return the account
   */
  public static PartyAccount restore(Snapshot snapshot) {
    return new PartyAccount(Objects.requireNonNull(snapshot, "snapshot"));
  }

  /**
   * The stored form of this account.
   *
   * @return its snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(party, name, registered, currency, items, advance, paymentTermsDays, version);
  }

  /**
   * The state as a repository stores it on a successful save: {@link #snapshot()} with the
   * version + 1, built once (for an adapter that keeps snapshots, so the invariants are checked
   * once per save rather than twice).
   *
   * @return the snapshot of the next version
   */
  public Snapshot nextSnapshot() {
    return new Snapshot(party, name, registered, currency, items, advance, paymentTermsDays, version + 1);
  }

  /**
   * Registers the party under {@code newName}.
   *
   * @param newName its name
   * @return whether anything changed
   */
  public boolean register(String newName) {
    Objects.requireNonNull(newName, "name");
    if (registered && newName.equals(name)) {
      return false;
    }
    this.name = newName;
    this.registered = true;
    return true;
  }

  /**
   * Sets the payment terms for the items posted from now on; items already open keep their due
   * dates.
   *
   * @param days the terms in days, 0 to 3650
   * @return whether anything changed
   * @throws IllegalArgumentException when the days are out of range (a bug in the caller)
   */
  public boolean setPaymentTerms(int days) {
    if (days < 0 || days > io.bizloop.core.Bounds.MAX_PAYMENT_TERMS_DAYS) {
      throw new IllegalArgumentException("payment terms out of range: " + days);
    }
    boolean changed = days != paymentTermsDays;
    paymentTermsDays = days;
    return changed;
  }

  /**
   * A new open item of {@code amount}, due {@code date} plus the payment terms in force; the
   * advance is applied to it first.
   *
   * @param document the number of the document that creates it
   * @param order the number of the order it belongs to, or {@code null}
   * @param date its business date
   * @param amount the amount, positive, in the book currency
   * @return how much of the advance was applied (to move from the advance account to the control account)
   * @throws IllegalArgumentException when the amount is not positive or in another currency
   */
  public Money addItem(String document, String order, LocalDate date, Money amount) {
    requirePositive(amount);
    Money applied = advance.min(amount);
    Money open = amount.minus(applied);
    if (open.isPositive()) {
      ownItems().add(new OpenItem(document, order, date, date.plusDays(paymentTermsDays), amount, open));
    }
    advance = advance.minus(applied);
    return applied;
  }

  /**
   * A payment of {@code amount}: settles the oldest items first; the excess becomes advance.
   *
   * @param amount the payment, positive, in the book currency
   * @return what settled items and what became advance
   * @throws IllegalArgumentException when the amount is not positive or in another currency
   */
  public Settlement settle(Money amount) {
    requirePositive(amount);
    Money onItems = take(amount, item -> true);
    Money excess = amount.minus(onItems);
    advance = advance.plus(excess);
    return new Settlement(onItems, excess);
  }

  /**
   * A credit of {@code amount} (a credit note, a cancelled revenue): settles the oldest items
   * first, in the order they were created, like a payment; the excess becomes advance.
   *
   * @param amount the credit, positive, in the book currency
   * @param order the number of the order credited (kept for the record; settlement is oldest first)
   * @return what settled items and what became advance
   * @throws IllegalArgumentException when the amount is not positive or in another currency
   */
  public Settlement credit(Money amount, String order) {
    requirePositive(amount);
    Money onItems = take(amount, item -> true);
    Money excess = amount.minus(onItems);
    advance = advance.plus(excess);
    return new Settlement(onItems, excess);
  }

  private Money take(Money amount, Predicate<OpenItem> which) {
    Money left = amount;
    int i = 0;
    while (i < items.size() && left.isPositive()) {
      OpenItem item = items.get(i);
      if (!which.test(item)) {
        i++;
        continue;
      }
      Money part = item.open().min(left);
      if (part.compareTo(item.open()) == 0) {
        ownItems().remove(i); // settled: the next item moves to i
      } else {
        ownItems().set(i, item.settled(part));
        i++;
      }
      left = left.minus(part);
    }
    return amount.minus(left);
  }

  private List<OpenItem> ownItems() {
    return items = Lists.writable(items);
  }

  private void requirePositive(Money amount) {
    Objects.requireNonNull(amount, "amount");
    if (!amount.currency().equals(currency)) {
      throw new IllegalArgumentException(amount + " is not in the book currency " + currency);
    }
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be positive, was " + amount);
    }
  }

  /**
   * Whose account it is.
   *
   * @return the customer or supplier
   */
  public Party party() {
    return party;
  }

  /**
   * The party's name.
   *
   * @return the name, or {@code null} while not registered
   */
  public String name() {
    return name;
  }

  /**
   * Whether the party was registered; only registered parties pay or are paid.
   *
   * @return true once registered
   */
  public boolean isRegistered() {
    return registered;
  }

  /**
   * Σ open items.
   *
   * @return what is open, never negative
   */
  public Money open() {
    Money total = Money.zero(currency);
    for (OpenItem item : items) {
      total = total.plus(item.open());
    }
    return total;
  }

  /**
   * The advance (a customer's, 2203) or prepayment (to a supplier, 1123).
   *
   * @return the amount, never negative
   */
  public Money advance() {
    return advance;
  }

  /**
   * The open items, oldest (first created) first.
   *
   * @return the items
   */
  public List<OpenItem> items() {
    return List.copyOf(items);
  }

  /**
   * The payment terms for items posted from now on.
   *
   * @return the days, 0 to 3650
   */
  public int paymentTermsDays() {
    return paymentTermsDays;
  }

  /**
   * The version it was loaded with.
   *
   * @return the optimistic-locking version (0 for a new account)
   */
  public long version() {
    return version;
  }
}
