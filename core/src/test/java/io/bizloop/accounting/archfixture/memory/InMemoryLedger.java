package io.bizloop.accounting.archfixture.memory;

import io.bizloop.accounting.archfixture.port.Ledger;

/** Deliberately bad fixture: an adapter an application class must not use. */
public final class InMemoryLedger implements Ledger {}
