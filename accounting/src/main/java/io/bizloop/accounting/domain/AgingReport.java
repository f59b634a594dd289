package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Open receivable and payable items by age as of a date: 0–30, 31–60, 61–90 and more than 90
 * days after the item's date. Items dated after {@code asOf} are left out; parties without open
 * items are left out.
 *
 * @param asOf the date ages are counted to
 * @param receivables one row per customer with open items, in registration order
 * @param payables one row per supplier with open items, in registration order
 */
public record AgingReport(LocalDate asOf, List<AgingRow> receivables, List<AgingRow> payables) {

  /**
   * Copies the rows.
   *
   * @param asOf the date ages are counted to
   * @param receivables one row per customer with open items, in registration order
   * @param payables one row per supplier with open items, in registration order
   */
  public AgingReport {
    receivables = List.copyOf(receivables);
    payables = List.copyOf(payables);
  }

  /**
   * The report of {@code accounts} (customers and suppliers, in registration order).
   *
   * @param asOf the date ages are counted to
   * @param accounts the sub-ledger accounts
   * @param currency the book currency
   * @return the report
   */
  public static AgingReport of(LocalDate asOf, List<PartyAccount> accounts, Currency currency) {
    List<AgingRow> receivables = new ArrayList<>();
    List<AgingRow> payables = new ArrayList<>();
    for (PartyAccount account : accounts) {
      Money[] buckets = {Money.zero(currency), Money.zero(currency), Money.zero(currency), Money.zero(currency)};
      boolean any = false;
      for (OpenItem item : account.items()) {
        if (item.date().isAfter(asOf)) {
          continue;
        }
        long days = ChronoUnit.DAYS.between(item.date(), asOf);
        int bucket = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
        buckets[bucket] = buckets[bucket].plus(item.open());
        any = true;
      }
      if (!any) {
        continue;
      }
      AgingRow row = new AgingRow(account.party(), buckets[0], buckets[1], buckets[2], buckets[3]);
      (account.party().kind() == PartyKind.CUSTOMER ? receivables : payables).add(row);
    }
    return new AgingReport(asOf, receivables, payables);
  }
}
