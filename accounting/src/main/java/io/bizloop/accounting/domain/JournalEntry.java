package io.bizloop.accounting.domain;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.INVALID_STATE;
import static io.bizloop.core.RejectionCode.UNBALANCED_ENTRY;

import io.bizloop.core.AccountCode;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.SalesOrderId;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A double-entry journal entry: a dated, numbered set of debit and credit lines.
 *
 * <p>Invariants: at least two lines, no zero line, Σ debits = Σ credits per currency; it moves
 * from {@code DRAFT} to {@code POSTED} once and its lines never change after that; a correction
 * is a reversal entry that references it, and an entry is reversed at most once (a reversal
 * itself is never reversed). Rejections: {@code INVALID_INPUT}, {@code UNBALANCED_ENTRY},
 * {@code INVALID_STATE}.
 */
public final class JournalEntry {

  /**
   * The stored form of an entry.
   *
   * @param number the gap-free entry number (0 while a draft)
   * @param date the business date it posts on
   * @param source the source document id, e.g. {@code RCPT-1} or {@code JE-3}; a draft without
   *     one gets {@code JE-<number>} when posted
   * @param memo a text for people
   * @param eventId the business event that caused it, or {@code null} for a manual entry
   * @param kind what caused it
   * @param order the sales order it belongs to, or {@code null}
   * @param lines the lines in posting order
   * @param status draft or posted
   * @param reversalOf the number of the entry this one reverses, or {@code null}
   * @param reversedBy the number of the entry that reversed this one, or {@code null}
   * @param version the optimistic-locking version
   */
  public record Snapshot(
      long number,
      LocalDate date,
      String source,
      String memo,
      EventId eventId,
      EntryKind kind,
      SalesOrderId order,
      List<JournalLine> lines,
      EntryStatus status,
      Long reversalOf,
      Long reversedBy,
      long version) {
    /**
     * Checks the parts.
     *
     * @param number the gap-free entry number (0 while a draft)
     * @param date the business date it posts on
     * @param source the source document id, e.g. {@code RCPT-1} or {@code JE-3}; a draft without one gets {@code JE-<number>} when posted
     * @param memo a text for people
     * @param eventId the business event that caused it, or {@code null} for a manual entry
     * @param kind what caused it
     * @param order the sales order it belongs to, or {@code null}
     * @param lines the lines in posting order
     * @param status draft or posted
     * @param reversalOf the number of the entry this one reverses, or {@code null}
     * @param reversedBy the number of the entry that reversed this one, or {@code null}
     * @param version the optimistic-locking version
     * @throws NullPointerException when the date, kind or status is missing
     * @throws IllegalArgumentException when a posted entry has no source document
     */
    public Snapshot {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(status, "status");
      if (source == null && status == EntryStatus.POSTED) {
        throw new IllegalArgumentException("posted entry " + number + " has no source document");
      }
      memo = memo == null ? "" : memo;
      lines = List.copyOf(lines);
    }
  }

  private long number;
  private final LocalDate date;
  private String source;
  private final String memo;
  private final EventId eventId;
  private final EntryKind kind;
  private final SalesOrderId order;
  private final List<JournalLine> lines;
  private EntryStatus status;
  private final Long reversalOf;
  private Long reversedBy;
  private final long version;

  private JournalEntry(Snapshot s) {
    this.number = s.number();
    this.date = s.date();
    this.source = s.source();
    this.memo = s.memo();
    this.eventId = s.eventId();
    this.kind = s.kind();
    this.order = s.order();
    this.lines = s.lines();
    this.status = s.status();
    this.reversalOf = s.reversalOf();
    this.reversedBy = s.reversedBy();
    this.version = s.version();
  }

  /**
   * Whether every line is in one currency and debits equal credits, summed in {@code long} without
   * overflow: the common case, decided without a map or big integers. False sends the lines to the
   * exact check per currency (which also words the rejection).
   */
  private static boolean balancedInOneCurrency(List<JournalLine> lines) {
    Currency currency = lines.get(0).debit().currency();
    long debits = 0;
    long credits = 0;
    for (int i = 0; i < lines.size(); i++) {
      JournalLine line = lines.get(i);
      if (!line.debit().currency().equals(currency) || !line.credit().currency().equals(currency)) {
        return false;
      }
      long d = debits + line.debit().minor();
      long c = credits + line.credit().minor();
      if (((debits ^ d) & (line.debit().minor() ^ d)) < 0 || ((credits ^ c) & (line.credit().minor() ^ c)) < 0) {
        return false; // overflow: the exact path decides
      }
      debits = d;
      credits = c;
    }
    return debits == credits;
  }

  /**
   * A draft entry, checked: no zero line ({@code INVALID_INPUT}), at least two lines and balanced
   * per currency ({@code UNBALANCED_ENTRY}). The balance is checked exactly, whatever the size of
   * the amounts; whether the entry fits the books' range is the poster's check.
   *
   * @param date the business date it posts on
   * @param source the source document number, or {@code null} to get {@code JE-<number>} when posted
   * @param memo a text for people, or {@code null}
   * @param eventId the business event that caused it, or {@code null} for a manual entry
   * @param kind what caused it
   * @param order the sales order it belongs to, or {@code null}
   * @param reversalOf the number of the entry it reverses, or {@code null}
   * @param lines the lines in posting order
   * @return the draft, or the rejection
   */
  public static Outcome<JournalEntry> draft(
      LocalDate date,
      String source,
      String memo,
      EventId eventId,
      EntryKind kind,
      SalesOrderId order,
      Long reversalOf,
      List<JournalLine> lines) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(lines, "lines");
    Optional<String> zero = Optional.empty();
    for (int i = 0; i < lines.size(); i++) { // by index: no iterator per draft
      JournalLine line = lines.get(i);
      if (line.isZero()) {
        zero = Optional.of(line.account().value());
        break;
      }
    }
    if (zero.isPresent()) {
      return Outcome.rejected(INVALID_INPUT, "a line on account " + zero.get() + " has a zero amount");
    }
    if (lines.size() < 2) {
      return Outcome.rejected(
          UNBALANCED_ENTRY, "an entry needs at least two lines, it has " + lines.size());
    }
    if (balancedInOneCurrency(lines)) {
      return Outcome.accepted(
          new JournalEntry(
              new Snapshot(0, date, source, memo, eventId, kind, order, lines, EntryStatus.DRAFT, reversalOf, null, 0)));
    }
    Map<Currency, BigInteger[]> sides = new LinkedHashMap<>();
    for (JournalLine line : lines) {
      BigInteger[] side = sides.computeIfAbsent(line.debit().currency(), c -> new BigInteger[] {BigInteger.ZERO, BigInteger.ZERO});
      side[0] = side[0].add(BigInteger.valueOf(line.debit().minor()));
      side[1] = side[1].add(BigInteger.valueOf(line.credit().minor()));
    }
    for (Map.Entry<Currency, BigInteger[]> side : sides.entrySet()) {
      if (side.getValue()[0].compareTo(side.getValue()[1]) != 0) {
        int digits = side.getKey().getDefaultFractionDigits();
        return Outcome.rejected(
            UNBALANCED_ENTRY,
            "the entry is unbalanced: debits " + new BigDecimal(side.getValue()[0], digits).toPlainString()
                + ", credits " + new BigDecimal(side.getValue()[1], digits).toPlainString() + " "
                + side.getKey().getCurrencyCode());
      }
    }
    return Outcome.accepted(
        new JournalEntry(
            new Snapshot(0, date, source, memo, eventId, kind, order, lines, EntryStatus.DRAFT, reversalOf, null, 0)));
  }

  /**
   * The entry as it was stored.
   *
   * @param snapshot its stored form
   * @return the entry
   */
  public static JournalEntry restore(Snapshot snapshot) {
    return new JournalEntry(Objects.requireNonNull(snapshot, "snapshot"));
  }

  /**
   * The stored form of this entry.
   *
   * @return its snapshot
   */
  public Snapshot snapshot() {
    return new Snapshot(
        number, date, source, memo, eventId, kind, order, lines, status, reversalOf, reversedBy, version);
  }

  /**
   * The state as a store writes it on a successful save: {@link #snapshot()} with version + 1
   * (one snapshot instead of two).
   *
   * @return the next version's snapshot
   */
  public Snapshot nextSnapshot() {
    return new Snapshot(
        number, date, source, memo, eventId, kind, order, lines, status, reversalOf, reversedBy, version + 1);
  }

  /**
   * Posts the draft under {@code entryNumber}; a draft without a source becomes {@code JE-<number>}.
   *
   * @param entryNumber the gap-free number, from 1
   * @return done, or {@code INVALID_STATE} when already posted
   * @throws IllegalArgumentException when the number is not positive
   */
  public Outcome<Void> post(long entryNumber) {
    if (status != EntryStatus.DRAFT) {
      return Outcome.rejected(INVALID_STATE, "entry " + number + " is already posted");
    }
    if (entryNumber <= 0) {
      throw new IllegalArgumentException("entry numbers start at 1, was " + entryNumber);
    }
    this.number = entryNumber;
    this.status = EntryStatus.POSTED;
    if (source == null) {
      this.source = "JE-" + entryNumber;
    }
    return Outcome.done();
  }

  /**
   * Whether this posted entry may be reversed: posted, not reversed, not itself a reversal.
   *
   * @return done, or {@code INVALID_STATE} saying why not
   */
  public Outcome<Void> checkReversible() {
    if (status != EntryStatus.POSTED) {
      return Outcome.rejected(INVALID_STATE, "entry " + number + " is not posted");
    }
    if (reversedBy != null) {
      return Outcome.rejected(INVALID_STATE, "entry " + number + " is already reversed by entry " + reversedBy);
    }
    if (reversalOf != null) {
      return Outcome.rejected(INVALID_STATE, "entry " + number + " is itself the reversal of entry " + reversalOf);
    }
    return Outcome.done();
  }

  /**
   * Records that entry {@code reversal} reversed this one.
   *
   * @param reversal the number of the reversal entry
   * @return done, or {@code INVALID_STATE} when this entry is not reversible
   */
  public Outcome<Void> markReversedBy(long reversal) {
    Outcome<Void> reversible = checkReversible();
    if (reversible.isRejected()) {
      return reversible;
    }
    this.reversedBy = reversal;
    return Outcome.done();
  }

  /**
   * The lines of a full reversal: every line on the other side.
   *
   * @return the swapped lines, in posting order
   */
  public List<JournalLine> reversedLines() {
    return lines.stream().map(JournalLine::swapped).toList();
  }

  /**
   * Whether a line of this entry is on one of {@code accounts}.
   *
   * @param accounts account codes
   * @return true when a line posts to one of them
   */
  public boolean touchesAny(java.util.Collection<AccountCode> accounts) {
    for (JournalLine line : lines) {
      if (accounts.contains(line.account())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entry number.
   *
   * @return the gap-free number, 0 while a draft
   */
  public long number() {
    return number;
  }

  /**
   * The business date it posts on.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * The fiscal period it posts into.
   *
   * @return the month of its date
   */
  public Period period() {
    return Period.of(date);
  }

  /**
   * The source document number.
   *
   * @return e.g. {@code RCPT-1} or {@code JE-3}; {@code null} only for a draft without one
   */
  public String source() {
    return source;
  }

  /**
   * The text for people.
   *
   * @return the memo, empty when none
   */
  public String memo() {
    return memo;
  }

  /**
   * The business event that caused it.
   *
   * @return the event id, empty for a manual entry or a manual reversal
   */
  public Optional<EventId> eventId() {
    return Optional.ofNullable(eventId);
  }

  /**
   * What caused it.
   *
   * @return the kind
   */
  public EntryKind kind() {
    return kind;
  }

  /**
   * The sales order it belongs to.
   *
   * @return the order, if any
   */
  public Optional<SalesOrderId> order() {
    return Optional.ofNullable(order);
  }

  /**
   * The lines.
   *
   * @return the lines in posting order
   */
  public List<JournalLine> lines() {
    return lines;
  }

  /**
   * Draft or posted.
   *
   * @return the status
   */
  public EntryStatus status() {
    return status;
  }

  /**
   * Whether it is posted.
   *
   * @return true once posted
   */
  public boolean isPosted() {
    return status == EntryStatus.POSTED;
  }

  /**
   * The entry this one reverses.
   *
   * @return its number, if this is a reversal
   */
  public Optional<Long> reversalOf() {
    return Optional.ofNullable(reversalOf);
  }

  /**
   * The entry that reversed this one.
   *
   * @return its number, if reversed
   */
  public Optional<Long> reversedBy() {
    return Optional.ofNullable(reversedBy);
  }

  /**
   * Whether another entry reversed this one.
   *
   * @return true when reversed
   */
  public boolean isReversed() {
    return reversedBy != null;
  }

  /**
   * Whether this entry reverses another.
   *
   * @return true for a reversal
   */
  public boolean isReversal() {
    return reversalOf != null;
  }

  /**
   * The version it was loaded with.
   *
   * @return the optimistic-locking version (0 for a new entry)
   */
  public long version() {
    return version;
  }

  /**
   * Σ debits in {@code currency}.
   *
   * @param currency the currency
   * @return the total of the debit side
   */
  public Money debits(Currency currency) {
    return sum(lines, currency, true);
  }

  /**
   * Σ credits in {@code currency}.
   *
   * @param currency the currency
   * @return the total of the credit side
   */
  public Money credits(Currency currency) {
    return sum(lines, currency, false);
  }

  private static Money sum(List<JournalLine> lines, Currency currency, boolean debit) {
    Money total = Money.zero(currency);
    for (int i = 0; i < lines.size(); i++) {
      JournalLine line = lines.get(i);
      if (line.debit().currency().equals(currency)) {
        total = total.plus(debit ? line.debit() : line.credit());
      }
    }
    return total;
  }

  @Override
  public String toString() {
    return "JournalEntry[" + number + " " + date + " " + source + " " + lines + "]";
  }
}
