package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
 * negative. Settlements take the oldest items first (by date, then by arrival).
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
   * @param version the optimistic-locking version
   */
  public record Snapshot(
      Party party,
      String name,
      boolean registered,
      Currency currency,
      List<OpenItem> items,
      Money advance,
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
     * @param version the optimistic-locking version
     * @throws NullPointerException when the party, currency or advance is missing
     */
    public Snapshot {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(currency, "currency");
      Objects.requireNonNull(advance, "advance");
      items = List.copyOf(items);
    }
  }

  private static final Comparator<OpenItem> OLDEST_FIRST = Comparator.comparing(OpenItem::date);

  private final Party party;
  private String name;
  private boolean registered;
  private final Currency currency;
  private final List<OpenItem> items;
  private Money advance;
  private final long version;

  private PartyAccount(Snapshot s) {
    this.party = s.party();
    this.name = s.name();
    this.registered = s.registered();
    this.currency = s.currency();
    this.items = new ArrayList<>(s.items());
    this.advance = s.advance();
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
        new Snapshot(party, name, name != null, currency, List.of(), Money.zero(currency), 0));
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
    return new Snapshot(party, name, registered, currency, items, advance, version);
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
   * A new open item of {@code amount}; the advance is applied to it first.
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
      items.add(new OpenItem(document, order, date, amount, open));
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
   * A credit of {@code amount} (a credit note, a cancelled revenue): settles the items of
   * {@code order} first, then the oldest others; the excess becomes advance.
   *
   * @param amount the credit, positive, in the book currency
   * @param order the number of the order credited
   * @return what settled items and what became advance
   * @throws IllegalArgumentException when the amount is not positive or in another currency
   */
  public Settlement credit(Money amount, String order) {
    requirePositive(amount);
    Money onOrder = take(amount, item -> item.isOf(order));
    Money onOthers = take(amount.minus(onOrder), item -> true);
    Money onItems = onOrder.plus(onOthers);
    Money excess = amount.minus(onItems);
    advance = advance.plus(excess);
    return new Settlement(onItems, excess);
  }

  private Money take(Money amount, Predicate<OpenItem> which) {
    Money left = amount;
    List<OpenItem> candidates = items.stream().filter(which).sorted(OLDEST_FIRST).toList();
    for (OpenItem item : candidates) {
      if (!left.isPositive()) {
        break;
      }
      Money part = item.open().min(left);
      int index = items.indexOf(item);
      if (part.compareTo(item.open()) == 0) {
        items.remove(index);
      } else {
        items.set(index, item.settled(part));
      }
      left = left.minus(part);
    }
    return amount.minus(left);
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
    return Money.sum(items.stream().map(OpenItem::open).toList(), currency);
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
   * The open items, oldest first.
   *
   * @return the items
   */
  public List<OpenItem> items() {
    return items.stream().sorted(OLDEST_FIRST).toList();
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
