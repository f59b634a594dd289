package io.bizloop.accounting.application;

import static io.bizloop.accounting.domain.AccountRole.INVENTORY;
import static io.bizloop.accounting.domain.AccountRole.STOCK_DIFFERENCES;

import io.bizloop.accounting.domain.BooksRange;
import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.domain.EntryLines;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.Rejection;
import io.bizloop.core.event.StockAdjusted;
import java.util.List;
import java.util.Optional;

/**
 * Posts a stock count difference: a gain V: Dr Inventory V / Cr stock differences V; a loss:
 * Dr stock differences |V| / Cr Inventory |V|. A zero value posts nothing; the same event twice
 * posts once.
 *
 * <p>Rejections: {@code INVALID_INPUT} (no event, a value in another currency),
 * {@code PERIOD_CLOSED}, {@code INVALID_INPUT} (beyond the books' range).
 */
public final class PostStockAdjustment {

  private final Bookkeeper books;

  /**
   * The policy on the books' ports.
   *
   * @param settings the book currency, chart and mapping
   * @param journal the journal
   * @param balances the running balances
   * @param periods the fiscal periods
   * @param sequences the entry numbers
   */
  public PostStockAdjustment(
      AccountingSettings settings, JournalEntries journal, LedgerBalances balances, FiscalPeriods periods,
      Sequences sequences) {
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /**
   * Posts the count's difference.
   *
   * @param event the stock count
   * @return done, or the rejection
   */
  public Outcome<Void> on(StockAdjusted event) {
    if (event == null) {
      return Bookkeeper.missing("the event");
    }
    if (books.alreadyPosted(event.eventId())) {
      return Outcome.done();
    }
    Optional<Rejection> bad = books.amountProblem(event.value(), "stock difference value", true);
    if (bad.isPresent()) {
      return Outcome.rejected(bad.get());
    }
    if (event.value().isZero()) {
      return Outcome.done();
    }
    Optional<Money> value = BooksRange.abs(event.value());
    Optional<Rejection> refused = books.refuse(event, value);
    if (refused.isPresent()) {
      return Outcome.rejected(refused.get());
    }
    EntryLines lines =
        event.value().isNegative()
            ? EntryLines.create().debit(books.code(STOCK_DIFFERENCES), value.get()).credit(books.code(INVENTORY), value.get())
            : EntryLines.create().debit(books.code(INVENTORY), value.get()).credit(books.code(STOCK_DIFFERENCES), value.get());
    return books
        .checkAndPost(
            event.date(),
            List.of(Bookkeeper.Posting.of(event,
                "stock count " + event.count() + ": " + event.sku() + " in " + event.warehouse(),
                EntryKind.STOCK_ADJUSTMENT, null, lines.toList())))
        .discardValue();
  }
}
