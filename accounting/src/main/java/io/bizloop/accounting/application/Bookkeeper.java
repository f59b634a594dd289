package io.bizloop.accounting.application;

import static io.bizloop.core.RejectionCode.INVALID_INPUT;
import static io.bizloop.core.RejectionCode.PERIOD_CLOSED;
import static io.bizloop.core.RejectionCode.UNKNOWN_REFERENCE;

import io.bizloop.accounting.domain.AccountRole;
import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.AccountCode;
import io.bizloop.core.EventId;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Period;
import io.bizloop.core.Rejection;
import io.bizloop.core.SalesOrderId;
import io.bizloop.core.event.BusinessEvent;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The posting mechanics every use case and policy shares: checks drafts against the book
 * (currency, chart, closed periods, the books' range), gives each the next gap-free number, saves
 * it, adds its lines to the running balances and its debits to the turnover.
 */
final class Bookkeeper {

  /** The sequence that numbers journal entries. */
  static final String JOURNAL_SEQUENCE = "journal";

  /** One entry a use case or policy wants posted; no lines posts nothing. */
  record Posting(
      String source, String memo, EventId eventId, EntryKind kind, SalesOrderId order, Long reversalOf,
      List<JournalLine> lines) {

    /** An entry caused by {@code event}, with the event's document as its source. */
    static Posting of(BusinessEvent event, String memo, EntryKind kind, SalesOrderId order, List<JournalLine> lines) {
      return new Posting(event.source(), memo, event.eventId(), kind, order, null, lines);
    }
  }

  private final AccountingSettings settings;
  private final JournalEntries journal;
  private final LedgerBalances balances;
  private final FiscalPeriods periods;
  private final Sequences sequences;

  Bookkeeper(
      AccountingSettings settings,
      JournalEntries journal,
      LedgerBalances balances,
      FiscalPeriods periods,
      Sequences sequences) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.balances = Objects.requireNonNull(balances, "balances");
    this.periods = Objects.requireNonNull(periods, "periods");
    this.sequences = Objects.requireNonNull(sequences, "sequences");
  }

  Currency currency() {
    return settings.currency();
  }

  AccountCode code(AccountRole role) {
    return settings.code(role);
  }

  JournalEntries journal() {
    return journal;
  }

  /** Whether an entry caused by {@code event} was posted already. */
  boolean alreadyPosted(EventId event) {
    return journal.containsEvent(event);
  }

  // ---- checks, in the order a step makes them

  /** INVALID_INPUT when {@code amount} is in another currency, or negative unless {@code signed}. */
  Optional<Rejection> amountProblem(Money amount, String what, boolean signed) {
    if (!amount.currency().equals(currency())) {
      return invalid(what + " is in " + amount.currency() + ", the books are in " + currency());
    }
    if (!signed && amount.isNegative()) {
      return invalid(what + " " + amount + " is negative");
    }
    return Optional.empty();
  }

  /** The first problem of {@link #amountProblem} among {@code amounts}. */
  Optional<Rejection> amountsProblem(List<Money> amounts, String what) {
    for (Money amount : amounts) {
      Optional<Rejection> problem = amountProblem(amount, what, false);
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }

  /** PERIOD_CLOSED when {@code date} falls in a closed period. */
  Optional<Rejection> closed(LocalDate date, java.util.function.Supplier<String> what) {
    if (periods.isClosedOn(date)) {
      return Optional.of(
          Rejection.of(PERIOD_CLOSED, what.get() + " would post on " + date + " into closed period " + Period.of(date)));
    }
    return Optional.empty();
  }

  /** PERIOD_CLOSED for an event's date. */
  Optional<Rejection> closed(BusinessEvent event) {
    return closed(event.date(), () -> "event " + event.eventId() + " (" + event.source() + ")");
  }

  /**
   * INVALID_INPUT when posting {@code debits} more would take the turnover (and so possibly a
   * balance, a total or a report) beyond the books' range; empty {@code debits} already overflowed.
   */
  Optional<Rejection> beyondRange(Optional<Money> debits) {
    if (debits.isEmpty() || beyondRange(debits.get().minor())) {
      return invalid(BEYOND_RANGE);
    }
    return Optional.empty();
  }

  /** The message of a step beyond the books' range. */
  private static final String BEYOND_RANGE = "the step would exceed the books' range";

  /** Whether {@code debits} (minor units of the book currency) added to the turnover leave the books' range. */
  private boolean beyondRange(long debits) {
    Optional<Money> current = balances.turnover();
    long turnover = current.isPresent() ? current.get().minor() : 0L; // no boxed long per posting
    return overflows(turnover, debits);
  }

  /** Whether {@code a + b} leaves the range of a long (both signs of the sum differ from both addends'). */
  private static boolean overflows(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0;
  }

  /** The period check, then the range check, of a step that posts {@code debits} on {@code event}'s date. */
  Optional<Rejection> refuse(BusinessEvent event, Optional<Money> debits) {
    Optional<Rejection> closed = closed(event);
    return closed.isPresent() ? closed : beyondRange(debits);
  }

  /** The sub-ledger account of {@code party}, a new unregistered one when none was saved. */
  PartyAccount accountOf(PartyAccounts parties, Party party) {
    return parties.find(party).orElseGet(() -> PartyAccount.open(party, currency(), null));
  }

  // ---- posting

  /**
   * Drafts the non-empty postings and checks them: balanced (UNBALANCED_ENTRY), in the book
   * currency (INVALID_INPUT), on accounts of the chart (UNKNOWN_REFERENCE), in an open period
   * (PERIOD_CLOSED), within the books' range (INVALID_INPUT). Changes nothing.
   */
  Outcome<List<JournalEntry>> check(LocalDate date, List<Posting> postings) {
    JournalEntry[] drafts = new JournalEntry[postings.size()];
    int n = 0;
    for (int i = 0; i < postings.size(); i++) {
      Posting p = postings.get(i);
      if (p.lines().isEmpty()) {
        continue;
      }
      Outcome<JournalEntry> draft =
          JournalEntry.draft(date, p.source(), p.memo(), p.eventId(), p.kind(), p.order(), p.reversalOf(), p.lines());
      if (draft.isRejected()) {
        return draft.rejectedAs();
      }
      drafts[n++] = draft.value();
    }
    // unmodifiable at once (one or two drafts: no array), which check and post then keep as it is
    return check(List.of(n == drafts.length ? drafts : java.util.Arrays.copyOf(drafts, n)));
  }

  /** Checks drafts: in the book currency, on accounts of the chart, in an open period, within range. */
  Outcome<List<JournalEntry>> check(List<JournalEntry> drafts) {
    long debits = 0; // the sum of the debits in minor units, while it fits (see beyond)
    boolean beyond = false;
    for (int d = 0; d < drafts.size(); d++) {
      List<JournalLine> lines = drafts.get(d).lines();
      for (int i = 0; i < lines.size(); i++) {
        JournalLine line = lines.get(i);
        if (!line.debit().currency().equals(currency())) {
          return Outcome.rejected(
              INVALID_INPUT,
              "a line on " + line.account() + " is in " + line.debit().currency() + ", the books are in " + currency());
        }
        if (!settings.chart().contains(line.account())) {
          return Outcome.rejected(UNKNOWN_REFERENCE, "account " + line.account() + " is not in the chart");
        }
        long minor = line.debit().minor();
        beyond |= overflows(debits, minor);
        debits += minor;
      }
    }
    if (drafts.isEmpty()) {
      return Outcome.accepted(List.of());
    }
    JournalEntry first = drafts.get(0);
    Optional<Rejection> closed =
        closed(first.date(), () -> "entry " + (first.source() == null ? "" : first.source() + " ") + "dated " + first.date());
    if (closed.isPresent()) {
      return Outcome.rejected(closed.get());
    }
    if (beyond || beyondRange(debits)) {
      return Outcome.rejected(INVALID_INPUT, BEYOND_RANGE);
    }
    return Outcome.accepted(List.copyOf(drafts));
  }

  /**
   * Posts checked drafts in order: numbers each, saves it, adds its lines to the balances and its
   * debits to the turnover, and marks the entry a reversal reverses. A rejected save is answered
   * as it is.
   */
  Outcome<List<JournalEntry>> post(List<JournalEntry> drafts) {
    for (int d = 0; d < drafts.size(); d++) {
      JournalEntry draft = drafts.get(d);
      long number = sequences.next(JOURNAL_SEQUENCE);
      Outcome<Void> numbered = draft.post(number);
      if (numbered.isRejected()) {
        return numbered.rejectedAs();
      }
      Outcome<Void> saved = journal.save(draft);
      if (saved.isRejected()) {
        return saved.rejectedAs();
      }
      List<JournalLine> lines = draft.lines();
      for (int i = 0; i < lines.size(); i++) {
        JournalLine line = lines.get(i);
        balances.add(line.account(), line.signed());
      }
      balances.addTurnover(draft.debits(currency()));
      if (draft.reversalOf().isPresent()) {
        Outcome<Void> marked = markReversed(draft.reversalOf().get(), number);
        if (marked.isRejected()) {
          return marked.rejectedAs();
        }
      }
    }
    return Outcome.accepted(List.copyOf(drafts)); // every draft is posted now, in order (no copy of an unmodifiable list)
  }

  /** {@link #check}, then {@link #post}. */
  Outcome<List<JournalEntry>> checkAndPost(LocalDate date, List<Posting> postings) {
    return check(date, postings).then(this::post);
  }

  private Outcome<Void> markReversed(long original, long reversal) {
    Optional<JournalEntry> found = journal.find(original);
    if (found.isEmpty()) {
      return Outcome.rejected(UNKNOWN_REFERENCE, "there is no journal entry " + original);
    }
    Outcome<Void> marked = found.get().markReversedBy(reversal);
    return marked.isRejected() ? marked : journal.save(found.get());
  }

  static Optional<Rejection> invalid(String message) {
    return Optional.of(Rejection.of(INVALID_INPUT, message));
  }

  static <T> Outcome<T> missing(String what) {
    return Outcome.rejected(INVALID_INPUT, what + " is missing");
  }

  /**
   * Posts a movement of stock cost between two roles (a shipment's COGS, a return's cost): refuses
   * a bad amount, posts nothing for zero, posts once per event id, and refuses a closed period or
   * a sum beyond the books' range.
   */
  Outcome<Void> postCost(
      BusinessEvent event, List<Money> costs, String what, AccountRole debit, AccountRole credit, String memo,
      EntryKind kind, SalesOrderId order) {
    if (alreadyPosted(event.eventId())) {
      return Outcome.done();
    }
    Optional<Rejection> bad = amountsProblem(costs, what);
    if (bad.isPresent()) {
      return Outcome.rejected(bad.get());
    }
    Optional<Money> cost = io.bizloop.accounting.domain.BooksRange.sum(costs, currency());
    if (cost.isPresent() && cost.get().isZero()) {
      return Outcome.done();
    }
    Optional<Rejection> refused = refuse(event, cost);
    if (refused.isPresent()) {
      return Outcome.rejected(refused.get());
    }
    var lines = io.bizloop.accounting.domain.EntryLines.create().debit(code(debit), cost.get()).credit(code(credit), cost.get());
    return checkAndPost(event.date(), List.of(Posting.of(event, memo, kind, order, lines.toList()))).discardValue();
  }
}
