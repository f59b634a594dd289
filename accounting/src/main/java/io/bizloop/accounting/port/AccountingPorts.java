package io.bizloop.accounting.port;

import java.util.Objects;

/**
 * The repositories and counters the accounting context keeps its state in, as a host gives them
 * to {@code Accounting.install}. Every port takes part in the host's unit of work.
 *
 * @param journal the journal entries
 * @param balances the running account balances and turnover
 * @param periods the fiscal periods
 * @param parties the customers' and suppliers' sub-ledger accounts
 * @param sequences the gap-free counters (entry and payment numbers)
 */
public record AccountingPorts(
    JournalEntries journal, LedgerBalances balances, FiscalPeriods periods, PartyAccounts parties, Sequences sequences) {

  /**
   * Checks that every port is given.
   *
   * @param journal the journal entries
   * @param balances the running account balances and turnover
   * @param periods the fiscal periods
   * @param parties the customers' and suppliers' sub-ledger accounts
   * @param sequences the gap-free counters (entry and payment numbers)
   * @throws NullPointerException when a port is missing
   */
  public AccountingPorts {
    Objects.requireNonNull(journal, "journal");
    Objects.requireNonNull(balances, "balances");
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(parties, "parties");
    Objects.requireNonNull(sequences, "sequences");
  }
}
