package io.bizloop.accounting.domain;

import io.bizloop.core.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Open receivable and payable items by days overdue as of a date (days overdue = {@code asOf} −
 * the item's due date): current (0 or less), 1–30, 31–60, 61–90 and over 90. Every open item
 * counts (one posted after {@code asOf} is not due yet, so current); only parties with open items
 * are listed, and each row's total is the party's open amount.
 *
 * @param asOf the date days overdue are counted to
 * @param receivables one row per customer with open items, in registration order
 * @param payables one row per supplier with open items, in registration order
 */
public record AgingReport(LocalDate asOf, List<AgingRow> receivables, List<AgingRow> payables) {

  /**
   * Copies the rows.
   *
   * @param asOf the date days overdue are counted to
   * @param receivables one row per customer with open items, in registration order
   * @param payables one row per supplier with open items, in registration order
   */
  public AgingReport {
    Objects.requireNonNull(asOf, "asOf");
    receivables = List.copyOf(receivables);
    payables = List.copyOf(payables);
  }

  /**
   * The report of {@code accounts} (customers and suppliers, in registration order).
   *
   * @param asOf the date days overdue are counted to
   * @param accounts the sub-ledger accounts
   * @param currency the book currency
   * @return the report
   */
  public static AgingReport of(LocalDate asOf, List<PartyAccount> accounts, Currency currency) {
    List<AgingRow> receivables = new ArrayList<>();
    List<AgingRow> payables = new ArrayList<>();
    for (PartyAccount account : accounts) {
      List<OpenItem> items = account.items();
      if (items.isEmpty()) {
        continue;
      }
      Money[] buckets = new Money[5];
      java.util.Arrays.fill(buckets, Money.zero(currency));
      for (OpenItem item : items) {
        int bucket = bucket(item.daysOverdue(asOf));
        buckets[bucket] = buckets[bucket].plus(item.open());
      }
      AgingRow row = new AgingRow(account.party(), buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]);
      (account.party().kind() == PartyKind.CUSTOMER ? receivables : payables).add(row);
    }
    return new AgingReport(asOf, receivables, payables);
  }

  /** 0 current, 1 for 1–30 days overdue, 2 for 31–60, 3 for 61–90, 4 beyond. */
  private static int bucket(long daysOverdue) {
    if (daysOverdue <= 0) {
      return 0;
    }
    return daysOverdue <= 30 ? 1 : daysOverdue <= 60 ? 2 : daysOverdue <= 90 ? 3 : 4;
  }
}
