package io.bizloop.accounting.memory;

import io.bizloop.accounting.port.AccountingPorts;
import io.bizloop.core.memory.InMemoryUnitOfWork;
import io.bizloop.core.memory.TextKeyIndex;

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
    return create(unitOfWork, new TextKeyIndex(0), 0);
  }

  /**
   * Empty books in memory, undone with {@code unitOfWork}, whose journal counts entries per event
   * in {@code column} of an index of event ids shared with other stores of the unit (see {@link
   * InMemoryJournalEntries#InMemoryJournalEntries(InMemoryUnitOfWork, TextKeyIndex, int)}).
   *
   * @param unitOfWork the unit of work every adapter registers its undo with
   * @param events the shared index of event ids, absent value 0
   * @param column the journal's column
   * @return the ports
   */
  public static AccountingPorts create(InMemoryUnitOfWork unitOfWork, TextKeyIndex events, int column) {
    return new AccountingPorts(
        new InMemoryJournalEntries(unitOfWork, events, column),
        new InMemoryLedgerBalances(unitOfWork),
        new InMemoryFiscalPeriods(unitOfWork),
        new InMemoryPartyAccounts(unitOfWork),
        new InMemorySequences(unitOfWork));
  }
}
