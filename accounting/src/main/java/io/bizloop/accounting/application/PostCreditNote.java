package io.bizloop.accounting.application;

import static io.bizloop.accounting.domain.AccountRole.CUSTOMER_ADVANCES;
import static io.bizloop.accounting.domain.AccountRole.OUTPUT_VAT;
import static io.bizloop.accounting.domain.AccountRole.RECEIVABLE;
import static io.bizloop.accounting.domain.AccountRole.REVENUE;

import io.bizloop.accounting.domain.BooksRange;
import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryLines;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.domain.Settlement;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.LineAmounts;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.CreditNoteIssued;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts a credit note: Dr Revenue N, Dr output VAT T / Cr Receivable up to the customer's open
 * items (the order's items first, then the oldest), Cr customer advances beyond. A credit note
 * worth nothing posts nothing; the same event twice posts once.
 *
 * <p>Rejections: {@code INVALID_INPUT} (no event, an amount in another currency or negative),
 * {@code PERIOD_CLOSED}, {@code INVALID_INPUT} (beyond the books' range), {@code CONFLICT}.
 */
public final class PostCreditNote {

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
  public PostCreditNote(
      AccountingSettings settings, PartyAccounts parties, JournalEntries journal, LedgerBalances balances,
      FiscalPeriods periods, Sequences sequences) {
    this.parties = Objects.requireNonNull(parties, "parties");
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /**
   * Posts the credit note.
   *
   * @param event the credit note
   * @return done, or the rejection
   */
  public Outcome<Void> on(CreditNoteIssued event) {
    if (event == null) {
      return Bookkeeper.missing("the event");
    }
    if (books.alreadyPosted(event.eventId())) {
      return Outcome.done();
    }
    LineAmounts amounts = event.amounts();
    Optional<Rejection> bad = books.amountProblem(amounts.net(), "credited revenue", false);
    if (bad.isEmpty()) {
      bad = books.amountProblem(amounts.vat(), "credited VAT", false);
    }
    if (bad.isPresent()) {
      return Outcome.rejected(bad.get());
    }
    Optional<Money> gross = BooksRange.plus(amounts.net(), amounts.vat());
    if (gross.isPresent() && gross.get().isZero()) {
      return Outcome.done();
    }
    Optional<Rejection> refused = books.refuse(event, gross);
    if (refused.isPresent()) {
      return Outcome.rejected(refused.get());
    }
    PartyAccount customer = books.accountOf(parties, Party.customer(event.customer()));
    Settlement split = customer.credit(gross.get(), event.order().value());
    var lines =
        EntryLines.create()
            .debit(books.code(REVENUE), amounts.net())
            .debit(books.code(OUTPUT_VAT), amounts.vat())
            .credit(books.code(RECEIVABLE), split.onItems())
            .credit(books.code(CUSTOMER_ADVANCES), split.onAdvance());
    Outcome<List<JournalEntry>> drafts =
        books.check(
            event.date(),
            List.of(Bookkeeper.Posting.of(event, "credit note " + event.creditNote() + " for order " + event.order(),
                EntryKind.CREDIT_NOTE, event.order(), lines.toList())));
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
