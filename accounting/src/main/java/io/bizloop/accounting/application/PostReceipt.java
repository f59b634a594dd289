package io.bizloop.accounting.application;

import static io.bizloop.accounting.domain.AccountRole.INPUT_VAT;
import static io.bizloop.accounting.domain.AccountRole.INVENTORY;
import static io.bizloop.accounting.domain.AccountRole.PAYABLE;
import static io.bizloop.accounting.domain.AccountRole.SUPPLIER_PREPAYMENTS;

import io.bizloop.accounting.domain.BooksRange;
import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryLines;
import io.bizloop.accounting.domain.JournalEntry;
import io.bizloop.accounting.domain.Party;
import io.bizloop.accounting.domain.PartyAccount;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.PartyAccounts;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.GoodsReceived;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Posts a purchase receipt: Dr Inventory N, Dr input VAT T / Cr Payable N+T and a payable item;
 * then, while the supplier has a prepayment P, Dr Payable min(P, N+T) / Cr supplier prepayments.
 * A receipt worth nothing posts nothing; the same event twice posts once.
 *
 * <p>Rejections: {@code INVALID_INPUT} (no event, an amount in another currency or negative),
 * {@code PERIOD_CLOSED}, {@code INVALID_INPUT} (beyond the books' range), {@code CONFLICT}.
 */
public final class PostReceipt {

  private final PartyAccounts parties;
  private final Bookkeeper books;

  /**
   * The policy on the ports it uses.
   *
   * @param settings the book currency, chart and mapping
   * @param parties the suppliers' accounts
   * @param journal the journal
   * @param balances the running balances
   * @param periods the fiscal periods
   * @param sequences the entry numbers
   */
  public PostReceipt(
      AccountingSettings settings, PartyAccounts parties, JournalEntries journal, LedgerBalances balances,
      FiscalPeriods periods, Sequences sequences) {
    this.parties = Objects.requireNonNull(parties, "parties");
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /**
   * Posts the receipt.
   *
   * @param event the receipt
   * @return done, or the rejection
   */
  public Outcome<Void> on(GoodsReceived event) {
    if (event == null) {
      return Bookkeeper.missing("the event");
    }
    if (books.alreadyPosted(event.eventId())) {
      return Outcome.done();
    }
    List<Money> values = event.lines().stream().map(GoodsReceived.Line::value).toList();
    List<Money> taxes = event.lines().stream().map(GoodsReceived.Line::vat).toList();
    Optional<Rejection> bad = books.amountsProblem(values, "receipt value");
    if (bad.isEmpty()) {
      bad = books.amountsProblem(taxes, "receipt VAT");
    }
    if (bad.isPresent()) {
      return Outcome.rejected(bad.get());
    }
    Optional<Money> net = BooksRange.sum(values, books.currency());
    Optional<Money> vat = BooksRange.sum(taxes, books.currency());
    Optional<Money> gross = net.isPresent() && vat.isPresent() ? BooksRange.plus(net.get(), vat.get()) : Optional.empty();
    if (gross.isPresent() && gross.get().isZero()) {
      return Outcome.done();
    }
    PartyAccount supplier = books.accountOf(parties, Party.supplier(event.supplier()));
    Optional<Money> debits = gross.flatMap(g -> BooksRange.plus(g, supplier.advance().min(g)));
    Optional<Rejection> refused = books.refuse(event, debits);
    if (refused.isPresent()) {
      return Outcome.rejected(refused.get());
    }
    String order = event.order().map(o -> o.number()).orElse(null);
    Money applied = supplier.addItem(event.receipt().number(), order, event.date(), gross.get());
    var receipt =
        EntryLines.create()
            .debit(books.code(INVENTORY), net.get())
            .debit(books.code(INPUT_VAT), vat.get())
            .credit(books.code(PAYABLE), gross.get());
    var prepayment =
        EntryLines.create().debit(books.code(PAYABLE), applied).credit(books.code(SUPPLIER_PREPAYMENTS), applied);
    Outcome<List<JournalEntry>> drafts =
        books.check(
            event.date(),
            List.of(
                Bookkeeper.Posting.of(event, "purchase receipt " + event.receipt() + " from supplier " + event.supplier(),
                    EntryKind.PURCHASE_RECEIPT, null, receipt.toList()),
                Bookkeeper.Posting.of(event,
                    "prepayment of supplier " + event.supplier() + " applied to " + event.receipt(),
                    EntryKind.PREPAYMENT_APPLIED, null, prepayment.toList())));
    if (drafts.isRejected()) {
      return drafts.rejectedAs();
    }
    Outcome<Void> saved = parties.save(supplier);
    if (saved.isRejected()) {
      return saved;
    }
    return books.post(drafts.value()).discardValue();
  }
}
