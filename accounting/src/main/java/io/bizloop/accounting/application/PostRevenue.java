package io.bizloop.accounting.application;

import static io.bizloop.accounting.domain.AccountRole.CUSTOMER_ADVANCES;
import static io.bizloop.accounting.domain.AccountRole.OUTPUT_VAT;
import static io.bizloop.accounting.domain.AccountRole.RECEIVABLE;
import static io.bizloop.accounting.domain.AccountRole.REVENUE;

import io.bizloop.accounting.domain.BooksRange;
import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryLines;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.JournalLine;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.RevenueRecognised;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts recognised revenue: Dr Receivable N+T / Cr Revenue N, Cr output VAT T and a receivable
 * item; then, while the customer has an advance A, Dr customer advances min(A, N+T) / Cr
 * Receivable. Revenue worth nothing posts nothing; the same event twice posts once.
 *
 * <p>Rejections: {@code INVALID_INPUT} (no event, an amount in another currency or negative),
 * {@code PERIOD_CLOSED}, {@code INVALID_INPUT} (beyond the books' range), {@code CONFLICT}.
 */
public final class PostRevenue {

  private final PartyAccounts parties;
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
  public PostRevenue(
      AccountingSettings settings, PartyAccounts parties, JournalEntries journal, LedgerBalances balances,
      FiscalPeriods periods, Sequences sequences) {
    this.parties = Objects.requireNonNull(parties, "parties");
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /**
   * Posts the revenue.
   *
   * @param event the recognised revenue
   * @return done, or the rejection
   */
  public Outcome<Void> on(RevenueRecognised event) {
    if (event == null) {
      return Bookkeeper.missing("the event");
    }
    if (books.alreadyPosted(event.eventId())) {
      return Outcome.done();
    }
    LineAmounts amounts = event.amounts();
    Optional<Rejection> bad = books.amountProblem(amounts.net(), "recognised revenue", false);
    if (bad.isEmpty()) {
      bad = books.amountProblem(amounts.vat(), "recognised VAT", false);
    }
    if (bad.isPresent()) {
      return Outcome.rejected(bad.get());
    }
    Optional<Money> gross = BooksRange.plus(amounts.net(), amounts.vat());
    if (gross.isPresent() && gross.get().isZero()) {
      return Outcome.done();
    }
    PartyAccount customer = books.accountOf(parties, Party.customer(event.customer()));
    Optional<Money> debits = gross.flatMap(g -> BooksRange.plus(g, customer.advance().min(g)));
    Optional<Rejection> refused = books.refuse(event, debits);
    if (refused.isPresent()) {
      return Outcome.rejected(refused.get());
    }
    String document = event.source(); // the document's number, made once (a shipment's is built from its order's)
    Money applied = customer.addItem(document, event.order().value(), event.date(), gross.get());
    var revenue =
        EntryLines.create()
            .debit(books.code(RECEIVABLE), gross.get())
            .credit(books.code(REVENUE), amounts.net())
            .credit(books.code(OUTPUT_VAT), amounts.vat());
    var advance =
        EntryLines.create().debit(books.code(CUSTOMER_ADVANCES), applied).credit(books.code(RECEIVABLE), applied);
    var revenuePosting =
        new Bookkeeper.Posting(document, "revenue of order " + event.order() + " recognised by " + document,
            event.eventId(), EntryKind.REVENUE, event.order(), null, revenue.toList());
    List<JournalLine> advanceLines = advance.toList();
    Outcome<List<JournalEntry>> drafts =
        books.check(
            event.date(),
            advanceLines.isEmpty() // no advance applied: no entry (check skips one without lines), no memo to build
                ? List.of(revenuePosting)
                : List.of(
                    revenuePosting,
                    new Bookkeeper.Posting(document, "advance of customer " + event.customer() + " applied to " + document,
                        event.eventId(), EntryKind.ADVANCE_APPLIED, event.order(), null, advanceLines)));
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
