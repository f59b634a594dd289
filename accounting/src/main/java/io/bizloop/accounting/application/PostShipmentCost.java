package io.bizloop.accounting.application;

import static io.bizloop.accounting.domain.AccountRole.COGS;
import static io.bizloop.accounting.domain.AccountRole.INVENTORY;

import io.bizloop.accounting.domain.EntryKind;
import io.bizloop.accounting.port.FiscalPeriods;
import io.bizloop.accounting.port.JournalEntries;
import io.bizloop.accounting.port.LedgerBalances;
import io.bizloop.accounting.port.Sequences;
import io.bizloop.core.Money;
import io.bizloop.core.Outcome;
import io.bizloop.core.event.GoodsShipped;
import java.util.ArrayList;
import java.util.List;

/**
 * Posts the cost of a shipment: Dr COGS C / Cr Inventory C, C the Σ of the lines' costs. A
 * zero-cost shipment posts nothing; the same event twice posts once.
 *
 * <p>Rejections: {@code INVALID_INPUT} (no event, a cost in another currency or negative),
 * {@code PERIOD_CLOSED}, {@code INVALID_INPUT} (beyond the books' range).
 */
public final class PostShipmentCost {

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
  public PostShipmentCost(
      AccountingSettings settings, JournalEntries journal, LedgerBalances balances, FiscalPeriods periods,
      Sequences sequences) {
    this.books = new Bookkeeper(settings, journal, balances, periods, sequences);
  }

  /**
   * Posts the shipment's cost.
   *
   * @param event the shipment
   * @return done, or the rejection
   */
  public Outcome<Void> on(GoodsShipped event) {
    if (event == null) {
      return Bookkeeper.missing("the event");
    }
    List<Money> costs = new ArrayList<>(event.lines().size());
    for (GoodsShipped.Line line : event.lines()) {
      costs.add(line.cost());
    }
    return books.postCost(
        event, costs, "shipped cost", COGS, INVENTORY,
        "cost of shipment " + event.shipment() + " for order " + event.order(), EntryKind.SHIPMENT, event.order());
  }
}
