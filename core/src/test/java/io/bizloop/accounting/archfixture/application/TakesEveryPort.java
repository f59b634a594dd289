package io.bizloop.accounting.archfixture.application;

import io.bizloop.accounting.archfixture.memory.InMemoryLedger;
import io.bizloop.accounting.archfixture.port.Ledger;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UnitOfWork;

/** Deliberately bad fixture: a use case that takes seven ports and builds an adapter itself. */
public final class TakesEveryPort {
  /** Seven ports. */
  public TakesEveryPort(Ledger a, Ledger b, Ledger c, Ledger d, Ledger e, EventPublisher f, UnitOfWork g) {
    Object adapter = new InMemoryLedger();
  }
}
