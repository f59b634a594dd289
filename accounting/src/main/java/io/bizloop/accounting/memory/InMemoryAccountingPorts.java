package io.bizloop.accounting.memory;

import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.memory.InMemoryUnitOfWork;

/** The accounting ports on in-memory adapters, for tests, demos and the in-memory loop. */
public final class InMemoryAccountingPorts {

  private InMemoryAccountingPorts() {}

  /**
   * Empty books in memory, undone with {@code unitOfWork}.
   *
   * @param unitOfWork the unit of work every adapter registers its undo with
   * @return the ports
   */
  public static AccountingPorts create(InMemoryUnitOfWork unitOfWork) {
    return new AccountingPorts(
        new InMemoryJournalEntries(unitOfWork),
        new InMemoryLedgerBalances(unitOfWork),
        new InMemoryFiscalPeriods(unitOfWork),
        new InMemoryPartyAccounts(unitOfWork),
        new InMemorySequences(unitOfWork));
  }
}
