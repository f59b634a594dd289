package io.bizloop.accounting.archfixture.application;

import io.bizloop.accounting.archfixture.memory.InMemoryLedger;
import io.bizloop.accounting.archfixture.port.Ledger;
import io.bizloop.core.port.EventPublisher;
import io.bizloop.core.port.UnitOfWork;

/**
 * Deliberately bad fixture: a use case that takes seven ports, builds an adapter itself and has a
 * {@code handle} of its own shape instead of implementing {@code UseCase}.
 */
public final class TakesEveryPort {
  /** Seven ports. */
  public TakesEveryPort(Ledger a, Ledger b, Ledger c, Ledger d, Ledger e, EventPublisher f, UnitOfWork g) {
    Object adapter = new InMemoryLedger();
  }

  /** Not the one shape: a plain method, no Outcome, no UseCase. */
  public String handle(String command) {
    return command;
  }
}
