package io.bizloop.accounting.application;

import static io.bizloop.accounting.domain.AccountRole.COGS;
import static io.bizloop.accounting.domain.AccountRole.INVENTORY;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.Outcome;
import io.bizloop.core.event.GoodsReturned;

/**
 * Posts the cost of goods a customer returned: Dr Inventory C / Cr COGS C, C the Σ of the lines' costs. A
 * zero-cost return posts nothing; the same event twice posts once.
 *
 * <p>Rejections: {@code INVALID_INPUT} (no event, a cost in another currency or negative),
 * {@code PERIOD_CLOSED}, {@code INVALID_INPUT} (beyond the books' range).
 */
public final class PostReturnCost {

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
  public PostReturnCost(
      AccountingSettings settings, JournalEntries journal, LedgerBalances balances, FiscalPeriods periods,
      Sequences sequences) {
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /**
   * Posts the return's cost.
   *
   * @param event the return
   * @return done, or the rejection
   */
  public Outcome<Void> on(GoodsReturned event) {
    if (event == null) {
      return Bookkeeper.missing("the event");
    }
    return books.postCost(
        event, event.lines().stream().map(GoodsReturned.Line::cost).toList(), "returned cost", INVENTORY, COGS,
        "cost of return " + event.returnId() + " for order " + event.order(), EntryKind.RETURN, event.order());
  }
}
