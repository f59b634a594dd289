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
   * A draft entry ({@code source} may be {@code null}: it becomes {@code JE-<number>}), checked: at least two lines ({@code UNBALANCED_ENTRY}), no zero line
   * ({@code INVALID_INPUT}), balanced per currency ({@code UNBALANCED_ENTRY}).
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
    Optional<String> zero = lines.stream().filter(JournalLine::isZero).map(l -> l.account().value()).findFirst();
    if (zero.isPresent()) {
      return Outcome.rejected(INVALID_INPUT, "a line on account " + zero.get() + " has a zero amount");
    }
    if (lines.size() < 2) {
      return Outcome.rejected(
          UNBALANCED_ENTRY, "an entry needs at least two lines, it has " + lines.size());
    }
    Map<Currency, Money> difference = new LinkedHashMap<>();
    for (JournalLine line : lines) {
      difference.merge(line.debit().currency(), line.signed(), Money::plus);
    }
    for (Map.Entry<Currency, Money> d : difference.entrySet()) {
      if (!d.getValue().isZero()) {
        Money debits = sum(lines, d.getKey(), true);
        Money credits = sum(lines, d.getKey(), false);
        return Outcome.rejected(
            UNBALANCED_ENTRY,
            "the entry is unbalanced: debits " + debits + ", credits " + credits);
      }
    }
    return Outcome.accepted(
        new JournalEntry(
            new Snapshot(0, date, source, memo, eventId, kind, order, lines, EntryStatus.DRAFT, reversalOf, null, 0)));
  }

  public static JournalEntry restore(Snapshot snapshot) {
    return new JournalEntry(Objects.requireNonNull(snapshot, "snapshot"));
  }

  public Snapshot snapshot() {
    return new Snapshot(
        number, date, source, memo, eventId, kind, order, lines, status, reversalOf, reversedBy, version);
  }

  /** Posts the draft under {@code entryNumber}; {@code INVALID_STATE} when already posted. */
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

  /** Whether this posted entry may be reversed: posted, not reversed, not itself a reversal. */
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

  /** Records that entry {@code reversal} reversed this one; {@code INVALID_STATE} when not reversible. */
  public Outcome<Void> markReversedBy(long reversal) {
    Outcome<Void> reversible = checkReversible();
    if (reversible.isRejected()) {
      return reversible;
    }
    this.reversedBy = reversal;
    return Outcome.done();
  }

  /** The lines of a full reversal: every line on the other side. */
  public List<JournalLine> reversedLines() {
    return lines.stream().map(JournalLine::swapped).toList();
  }

  /** Whether a line of this entry is on one of {@code accounts}. */
  public boolean touchesAny(java.util.Collection<AccountCode> accounts) {
    return lines.stream().anyMatch(l -> accounts.contains(l.account()));
  }

  public long number() {
    return number;
  }

  public LocalDate date() {
    return date;
  }

  public Period period() {
    return Period.of(date);
  }

  public String source() {
    return source;
  }

  public String memo() {
    return memo;
  }

  public Optional<EventId> eventId() {
    return Optional.ofNullable(eventId);
  }

  public EntryKind kind() {
    return kind;
  }

  public Optional<SalesOrderId> order() {
    return Optional.ofNullable(order);
  }

  public List<JournalLine> lines() {
    return lines;
  }

  public EntryStatus status() {
    return status;
  }

  public boolean isPosted() {
    return status == EntryStatus.POSTED;
  }

  public Optional<Long> reversalOf() {
    return Optional.ofNullable(reversalOf);
  }

  public Optional<Long> reversedBy() {
    return Optional.ofNullable(reversedBy);
  }

  public boolean isReversed() {
    return reversedBy != null;
  }

  public boolean isReversal() {
    return reversalOf != null;
  }

  public long version() {
    return version;
  }

  /** Σ debits in {@code currency}. */
  public Money debits(Currency currency) {
    return sum(lines, currency, true);
  }

  /** Σ credits in {@code currency}. */
  public Money credits(Currency currency) {
    return sum(lines, currency, false);
  }

  private static Money sum(List<JournalLine> lines, Currency currency, boolean debit) {
    Money total = Money.zero(currency);
    for (JournalLine line : lines) {
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
