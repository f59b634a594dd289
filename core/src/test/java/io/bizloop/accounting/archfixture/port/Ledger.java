package io.bizloop.accounting.archfixture.port;

/** Deliberately bad fixture: a port. */
public interface Ledger {}
