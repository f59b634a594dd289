package io.bizloop.accounting.application;

import static io.bizloop.accounting.domain.AccountRole.CUSTOMER_ADVANCES;
import static io.bizloop.accounting.domain.AccountRole.RECEIVABLE;

import io.bizloop.accounting.domain.BooksRange;
import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryLines;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.Settlement;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.AccountCode;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.SalesOrderCancelled;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reverses the revenue of a cancelled order: every unreversed entry that recognised revenue of
 * the order gets a reversal, except that the Receivable credit is limited to what is still open
 * (the order's items first, then the oldest) and the rest goes to customer advances, so
 * receivables never go negative. An order without recognised revenue posts nothing; the same
 * event twice posts once.
 *
 * <p>Rejections: {@code INVALID_INPUT} (no event), {@code PERIOD_CLOSED}, {@code INVALID_INPUT}
 * (beyond the books' range), {@code CONFLICT}.
 */
public final class ReverseCancelledRevenue {

  private final PartyAccounts parties;
  private final JournalEntries journal;
  private final Bookkeeper books;

  /**
   * The policy on the ports it uses.
   *
   * @param settings the book currency, chart and mapping
   * @param parties the customers' accounts
   * @param journal the journal
   * @param balances the running balances
   * @param periods the fiscal periods
   * @param sequences the entry numbers
   */
  public ReverseCancelledRevenue(
      AccountingSettings settings, PartyAccounts parties, JournalEntries journal, LedgerBalances balances,
      FiscalPeriods periods, Sequences sequences) {
    this.parties = Objects.requireNonNull(parties, "parties");
    this.journal = Objects.requireNonNull(journal, "journal");
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /**
   * Reverses the order's recognised revenue.
   *
   * @param event the cancellation
   * @return done, or the rejection
   */
  public Outcome<Void> on(SalesOrderCancelled event) {
    if (event == null) {
      return Bookkeeper.missing("the event");
    }
    if (books.alreadyPosted(event.eventId())) {
      return Outcome.done();
    }
    List<JournalEntry> recognised =
        journal.ofOrder(event.order()).stream()
            .filter(e -> e.kind() == EntryKind.REVENUE && e.isPosted() && !e.isReversed())
            .toList();
    if (recognised.isEmpty()) {
      return Outcome.done();
    }
    List<Money> credits = recognised.stream().map(e -> e.credits(books.currency())).toList();
    Optional<Rejection> refused = books.refuse(event, BooksRange.sum(credits, books.currency()));
    if (refused.isPresent()) {
      return Outcome.rejected(refused.get());
    }
    PartyAccount customer = books.accountOf(parties, Party.customer(event.customer()));
    AccountCode receivable = books.code(RECEIVABLE);
    List<Bookkeeper.Posting> reversals = new ArrayList<>();
    for (JournalEntry original : recognised) {
      EntryLines lines = EntryLines.create();
      for (JournalLine line : original.lines()) {
        if (line.account().equals(receivable) && line.isDebit()) {
          Settlement split = customer.credit(line.debit(), event.order().value());
          lines.credit(receivable, split.onItems()).credit(books.code(CUSTOMER_ADVANCES), split.onAdvance());
        } else {
          lines.add(line.swapped());
        }
      }
      reversals.add(
          new Bookkeeper.Posting(
              event.source(),
              "cancellation of order " + event.order() + ": reversal of entry " + original.number(),
              event.eventId(),
              EntryKind.REVERSAL,
              event.order(),
              original.number(),
              lines.toList()));
    }
    Outcome<List<JournalEntry>> drafts = books.check(event.date(), reversals);
    if (drafts.isRejected()) {
      return drafts.rejectedAs();
    }
    Outcome<Void> saved = parties.save(customer);
    if (saved.isRejected()) {
      return saved;
    }
    return books.post(drafts.value()).discardValue();
  }
}
